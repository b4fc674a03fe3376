package org.coopsuite.platform.domain;

/** The caller may not do this to this aggregate, e.g. their side does not take part in it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}

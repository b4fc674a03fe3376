package org.coopsuite.platform.domain;

/** The command or query names an aggregate or view that does not exist. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String type, String id) {
        super(type + " " + id + " does not exist");
    }
}

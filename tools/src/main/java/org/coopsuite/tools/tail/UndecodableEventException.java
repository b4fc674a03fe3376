package org.coopsuite.tools.tail;

/** A record value that is not an event of a known schema; the message says why, in a few words. */
public final class UndecodableEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    UndecodableEventException(String reason) {
        super(reason);
    }
}

package org.coopsuite.schemas.codec;

/** Bytes that are not an event of the suite in any published version; never worth a retry. */
public class EventDecodingException extends RuntimeException {

    public EventDecodingException(String message, Throwable cause) {
        super(message, cause);
    }

    public EventDecodingException(String message) {
        super(message);
    }
}

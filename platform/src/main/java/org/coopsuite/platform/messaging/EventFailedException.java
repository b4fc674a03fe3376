package org.coopsuite.platform.messaging;

/**
 * Names the event of a consumed batch that could not be processed: the events before it are
 * done (their offsets get committed), it is retried and then dead-lettered on its own, and
 * the events after it are delivered again.
 */
public class EventFailedException extends RuntimeException {

    private final int index;

    public EventFailedException(int index, Throwable cause) {
        super("Event " + index + " of the batch failed: " + cause.getMessage(), cause);
        this.index = index;
    }

    public int index() {
        return index;
    }
}

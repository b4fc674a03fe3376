package org.coopsuite.platform.aggregate;

import java.util.concurrent.TimeoutException;

import org.apache.kafka.common.errors.RetriableException;

/** What a failed send says: whether it may pass by itself, and one readable line of why. */
final class PublishFailures {

    private PublishFailures() {
    }

    /**
     * Whether the failure would come again whatever the wait: the broker or the producer refused
     * the record itself (too large, a topic that is not there, not authorised), not a broker that
     * did not answer in time or a leader that moved, which pass.
     */
    static boolean lasting(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof RetriableException || cause instanceof TimeoutException
                    || cause instanceof InterruptedException) {
                return false;
            }
        }
        return true;
    }

    /** The innermost cause, as {@code Type: message}. */
    static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }
}

package org.coopsuite.platform.messaging;

import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

/**
 * The waits between attempts at one failing record, decided anew at each failure by what it
 * is ({@link Failures}): transient, the next wait (exponential, capped) for as long as it lasts;
 * the event's own, none (parked at once); unknown, up to {@code retries} waits. Spring Kafka keeps
 * one backoff per failing record for as long as the exception's type does not change, and the
 * batch listener's is always the same type; so the failure is read at each attempt, from
 * {@link #failed}, which the error handler's retry listener calls just before asking for the
 * next wait, on the consumer's thread.
 */
final class FailureBackOff implements BackOff {

    private static final ThreadLocal<Throwable> LAST = new ThreadLocal<>();

    private final int retries;
    private final long initialMillis;
    private final long maxMillis;

    FailureBackOff(int retries, long initialMillis, long maxMillis) {
        this.retries = retries;
        this.initialMillis = initialMillis;
        this.maxMillis = maxMillis;
    }

    /** The failure of the attempt that just failed on this thread. */
    static void failed(Throwable failure) {
        LAST.set(failure);
    }

    @Override
    public BackOffExecution start() {
        return new BackOffExecution() {
            private int transientAttempts;
            private int unknownAttempts;

            @Override
            public long nextBackOff() {
                Throwable failure = LAST.get();
                LAST.remove();
                if (failure == null) {
                    // Asked without a failure (Spring Kafka probes whether there are retries at all): there are.
                    return interval(0);
                }
                return switch (Failures.classify(failure)) {
                    case TRANSIENT -> interval(transientAttempts++);
                    case DETERMINISTIC -> STOP;
                    case UNKNOWN -> unknownAttempts < retries ? interval(unknownAttempts++) : STOP;
                };
            }
        };
    }

    /** The wait before attempt {@code attempt + 2}: the initial one doubled each time, capped. */
    long interval(int attempt) {
        long wait = initialMillis;
        for (int i = 0; i < attempt && wait < maxMillis; i++) {
            wait *= 2;
        }
        return Math.min(wait, maxMillis);
    }
}

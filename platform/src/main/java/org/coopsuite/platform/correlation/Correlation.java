package org.coopsuite.platform.correlation;

import java.util.UUID;

import org.slf4j.MDC;

/**
 * The correlation of the work this thread is doing: the id of the cooperation thread it
 * belongs to and the id of what caused it (a request or a consumed event).
 *
 * <p>Kept in the logging MDC, so that every log line shows it and every event recorded
 * while it is set carries it on.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private Correlation() {
    }

    /** Sets the correlation for this thread; returns a handle that restores the previous one. */
    public static Scope open(String correlationId, String causationId) {
        String previousCorrelation = MDC.get(CORRELATION_ID);
        String previousCausation = MDC.get(CAUSATION_ID);
        put(CORRELATION_ID, correlationId);
        put(CAUSATION_ID, causationId);
        return () -> {
            put(CORRELATION_ID, previousCorrelation);
            put(CAUSATION_ID, previousCausation);
        };
    }

    /** The current correlation id, or a new one when this thread has none. */
    public static String correlationId() {
        String id = MDC.get(CORRELATION_ID);
        return id != null ? id : newId();
    }

    /** The current causation id, or null. */
    public static String causationId() {
        return MDC.get(CAUSATION_ID);
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }

    private static void put(String key, String value) {
        if (value == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, value);
        }
    }

    /** Restores the correlation that was in force before {@link #open}. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}

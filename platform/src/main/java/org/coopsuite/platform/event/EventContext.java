package org.coopsuite.platform.event;

import java.time.Instant;
import java.util.UUID;

import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.schemas.common.EventMeta;

/**
 * Everything an aggregate needs to stamp the events of one transition: when it happens,
 * which cooperation thread it belongs to, what caused it and who publishes it.
 *
 * <p>Domain code receives it as a parameter, so it never reaches for clocks or thread
 * state and stays testable with fixed values.
 */
public record EventContext(Instant now, String correlationId, String causationId, String producer) {

    /** The context of the current thread's work (see {@link Correlation}). */
    public static EventContext current(Instant now, String producer) {
        return new EventContext(now, Correlation.correlationId(), Correlation.causationId(), producer);
    }

    /**
     * This context on a cooperation thread that started earlier: its correlation id instead of the
     * current work's, the cause still the current work; this one when there is none.
     */
    public EventContext carryingOn(String threadCorrelationId) {
        return threadCorrelationId == null ? this : new EventContext(now, threadCorrelationId, causationId, producer);
    }

    /** The meta of a new event about the given aggregate at the given version. */
    public EventMeta meta(String eventType, String aggregateType, String aggregateId, long aggregateVersion) {
        return EventMeta.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setEventType(eventType)
                .setAggregateType(aggregateType)
                .setAggregateId(aggregateId)
                .setAggregateVersion(aggregateVersion)
                .setOccurredAt(now)
                .setCorrelationId(correlationId)
                .setCausationId(causationId)
                .setProducer(producer)
                .build();
    }
}

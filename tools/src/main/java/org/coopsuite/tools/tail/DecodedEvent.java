package org.coopsuite.tools.tail;

import java.time.Instant;
import java.util.Optional;

import org.apache.avro.generic.GenericRecord;

/**
 * An event read with its writer's schema.
 *
 * @param event  the event, with logical types converted (dates, timestamps)
 * @param type   the record's simple name, e.g. {@code DecisionRecorded}
 * @param schema the writer's schema: full name and published version, e.g. {@code org.coopsuite.schemas.dialogue.DecisionRecorded v1}
 */
public record DecodedEvent(GenericRecord event, String type, String schema) {

    /** {@code meta.aggregateId}, if the event has the suite's envelope. */
    public Optional<String> aggregateId() {
        return metaField("aggregateId");
    }

    /** {@code meta.correlationId}, if the event has the suite's envelope. */
    public Optional<String> correlationId() {
        return metaField("correlationId");
    }

    /** {@code meta.eventId}, if the event has the suite's envelope. */
    public Optional<String> eventId() {
        return metaField("eventId");
    }

    /** {@code meta.causationId}: the event or request that caused this one, if it says. */
    public Optional<String> causationId() {
        return metaField("causationId");
    }

    /** {@code meta.aggregateType}, e.g. {@code Call}. */
    public Optional<String> aggregateType() {
        return metaField("aggregateType");
    }

    /** {@code meta.aggregateVersion}, if the event has the suite's envelope. */
    public Optional<Long> aggregateVersion() {
        return meta("aggregateVersion").filter(Number.class::isInstance).map(v -> ((Number) v).longValue());
    }

    /** {@code meta.occurredAt}, if the event has the suite's envelope. */
    public Optional<Instant> occurredAt() {
        return meta("occurredAt").filter(Instant.class::isInstance).map(Instant.class::cast);
    }

    private Optional<String> metaField(String name) {
        return meta(name).map(Object::toString);
    }

    private Optional<Object> meta(String name) {
        if (!event.hasField("meta") || !(event.get("meta") instanceof GenericRecord meta) || !meta.hasField(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(meta.get(name));
    }
}

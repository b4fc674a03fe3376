package org.coopsuite.tools.tail;

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

    private Optional<String> metaField(String name) {
        if (!event.hasField("meta") || !(event.get("meta") instanceof GenericRecord meta) || !meta.hasField(name)) {
            return Optional.empty();
        }
        return Optional.ofNullable(meta.get(name)).map(Object::toString);
    }
}

package org.coopsuite.chaos;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.avro.generic.GenericRecord;
import org.coopsuite.schemas.common.EventMeta;

/**
 * What the acknowledged commands promise: each one's effect, an event of a type on an aggregate
 * (told apart from its siblings by a field where an aggregate has several of the type, e.g. each
 * expert's evaluation of a proposal), which must be on the topics exactly once; and each aggregate
 * a command created, which must be in its owner's store.
 */
final class Ledger {

    /**
     * An event the command {@code command} must have caused once: of {@code eventType} on
     * {@code aggregateId}, and where {@code field} is given, with that field (a dotted path into
     * the event) equal to {@code value}.
     */
    record Effect(String command, String eventType, String aggregateId, String field, String value) {

        static Effect of(String command, String eventType, String aggregateId) {
            return new Effect(command, eventType, aggregateId, null, null);
        }

        boolean matches(EventMeta meta, GenericRecord event) {
            return eventType.equals(String.valueOf(meta.getEventType())) && aggregateId.equals(String.valueOf(meta.getAggregateId()))
                    && (field == null || Objects.equals(value, String.valueOf(at(event, field))));
        }

        private static Object at(GenericRecord event, String path) {
            Object value = event;
            for (String name : path.split("\\.")) {
                if (!(value instanceof GenericRecord record) || record.getSchema().getField(name) == null) {
                    return null;
                }
                value = record.get(name);
            }
            return value == null ? null : value.toString();
        }
    }

    /** An aggregate a command created, read from its owner's API with a token that may read it. */
    record Created(String command, String service, String path, String token) {
    }

    private final List<Effect> effects = new CopyOnWriteArrayList<>();
    private final List<Created> created = new CopyOnWriteArrayList<>();

    void effect(Effect effect) {
        effects.add(effect);
    }

    void created(Created aggregate) {
        created.add(aggregate);
    }

    List<Effect> effects() {
        return List.copyOf(effects);
    }

    List<Created> created() {
        return List.copyOf(created);
    }
}

package org.coopsuite.tools.trace;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coopsuite.tools.tail.DecodedEvent;
import org.coopsuite.tools.tail.Text;

/**
 * Which cooperation to trace, and which events belong to it directly: for a call, the call's own
 * events and every event with a {@code callId} field (at any depth: a mandate's, a proposal's,
 * an agreement's) naming it; for a dialogue, likewise with {@code dialogueId}; for a correlation
 * id, the events carrying it. A call's or a dialogue's trace then widens to the correlation ids
 * of those events ({@link #widens()}), which brings in the mandate decision, the agreement's
 * events and the agenda items of the same thread.
 *
 * @param kind what {@code id} is
 * @param id   the call id, dialogue id or correlation id
 */
record TraceQuery(Kind kind, String id) {

    enum Kind {
        CALL("call", "callId"), DIALOGUE("dialogue", "dialogueId"), CORRELATION("correlation", null);

        private final String label;
        private final String field;

        Kind(String label, String field) {
            this.label = label;
            this.field = field;
        }
    }

    /** Whether the events found directly lead, through their correlation ids, to the rest of the thread. */
    boolean widens() {
        return kind != Kind.CORRELATION;
    }

    /** E.g. {@code call call-2027-climate}. */
    String label() {
        return kind.label + " " + id;
    }

    /** Whether a decoded event belongs to the cooperation directly. */
    boolean selects(DecodedEvent event) {
        if (kind == Kind.CORRELATION) {
            return event.correlationId().filter(id::equals).isPresent();
        }
        return event.aggregateId().filter(id::equals).isPresent() || names(event.event(), kind.field);
    }

    /** Whether a record that could not be decoded belongs to it, judged by its key or its correlation header. */
    boolean selectsUndecodable(ConsumerRecord<byte[], byte[]> record) {
        Optional<String> judged = kind == Kind.CORRELATION ? Text.lastHeader(record, Text.CORRELATION_HEADER)
                : Text.key(record);
        return judged.filter(id::equals).isPresent();
    }

    // A field of that name holding the id, in the record or any record, array or map inside it.
    private boolean names(Object value, String field) {
        if (value instanceof GenericRecord record) {
            if (record.hasField(field) && record.get(field) != null && id.equals(record.get(field).toString())) {
                return true;
            }
            return record.getSchema().getFields().stream().anyMatch(f -> names(record.get(f.pos()), field));
        }
        if (value instanceof Collection<?> items) {
            return items.stream().anyMatch(item -> names(item, field));
        }
        if (value instanceof Map<?, ?> map) {
            return map.values().stream().anyMatch(item -> names(item, field));
        }
        return false;
    }
}

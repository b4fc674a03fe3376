package org.coopsuite.tools.trace;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coopsuite.tools.tail.DecodedEvent;
import org.coopsuite.tools.tail.Text;

/**
 * One record of a trace: the event decoded, or why it could not be.
 *
 * @param record       the Kafka record
 * @param decoded      the event, if it could be decoded
 * @param undecodable  why not, when it could not; {@code null} otherwise
 */
record TraceEvent(ConsumerRecord<byte[], byte[]> record, Optional<DecodedEvent> decoded, String undecodable) {

    /**
     * Earliest first: the event's time; at the same time (the events of one command share it) by
     * aggregate and its version; then the record's time and where it is in Kafka.
     */
    static final Comparator<TraceEvent> BY_TIME = Comparator.comparing(TraceEvent::occurredAt)
            .thenComparing(TraceEvent::aggregateId)
            .thenComparingLong(e -> e.version().orElse(0L))
            .thenComparingLong(e -> e.record().timestamp())
            .thenComparing(e -> e.record().topic())
            .thenComparingInt(e -> e.record().partition())
            .thenComparingLong(e -> e.record().offset());

    static TraceEvent of(ConsumerRecord<byte[], byte[]> record, DecodedEvent decoded) {
        return new TraceEvent(record, Optional.of(decoded), null);
    }

    static TraceEvent undecodable(ConsumerRecord<byte[], byte[]> record, String reason) {
        return new TraceEvent(record, Optional.empty(), reason);
    }

    /** {@code meta.eventId}, else the relay's event id header. */
    Optional<String> eventId() {
        return decoded.flatMap(DecodedEvent::eventId).or(() -> Text.lastHeader(record, Text.EVENT_ID_HEADER));
    }

    Optional<String> causationId() {
        return decoded.flatMap(DecodedEvent::causationId);
    }

    Optional<String> correlationId() {
        return decoded.flatMap(DecodedEvent::correlationId).or(() -> Text.lastHeader(record, Text.CORRELATION_HEADER));
    }

    /** When it happened: {@code meta.occurredAt}, else the record's timestamp. */
    Instant occurredAt() {
        return decoded.flatMap(DecodedEvent::occurredAt).orElseGet(() -> Instant.ofEpochMilli(Math.max(0, record.timestamp())));
    }

    String type() {
        return decoded.map(DecodedEvent::type).orElse("(undecodable)");
    }

    /** {@code meta.aggregateId}, else the record key. */
    String aggregateId() {
        return decoded.flatMap(DecodedEvent::aggregateId).or(() -> Text.key(record)).orElse("?");
    }

    Optional<String> aggregateType() {
        return decoded.flatMap(DecodedEvent::aggregateType);
    }

    Optional<Long> version() {
        return decoded.flatMap(DecodedEvent::aggregateVersion);
    }

    /** Where it is in Kafka: {@code topic/partition/offset}, unique per record. */
    String position() {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }
}

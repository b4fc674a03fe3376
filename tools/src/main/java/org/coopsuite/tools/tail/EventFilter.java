package org.coopsuite.tools.tail;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Keeps the records of one aggregate and/or one correlation. A decoded event is judged by its
 * {@code meta}; an undecodable record by what Kafka says of it (the key is the aggregate id,
 * the {@value #CORRELATION_HEADER} header the correlation id), so a filter does not hide a
 * broken record of the very aggregate one is following.
 */
record EventFilter(Optional<String> aggregateId, Optional<String> correlationId) {

    /** The header the outbox relay writes the correlation id to (platform's EventPublisher). */
    static final String CORRELATION_HEADER = Text.CORRELATION_HEADER;

    static EventFilter of(TailOptions options) {
        return new EventFilter(options.aggregateId(), options.correlationId());
    }

    boolean keeps(ConsumerRecord<byte[], byte[]> record, Optional<DecodedEvent> decoded) {
        return matches(aggregateId, decoded.flatMap(DecodedEvent::aggregateId).or(() -> Text.key(record)))
                && matches(correlationId, decoded.flatMap(DecodedEvent::correlationId)
                        .or(() -> Text.lastHeader(record, CORRELATION_HEADER)));
    }

    private static boolean matches(Optional<String> wanted, Optional<String> actual) {
        return wanted.isEmpty() || wanted.equals(actual);
    }
}

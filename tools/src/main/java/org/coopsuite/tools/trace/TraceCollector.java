package org.coopsuite.tools.trace;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coopsuite.tools.tail.DecodedEvent;
import org.coopsuite.tools.tail.EventDecoder;
import org.coopsuite.tools.tail.Text;
import org.coopsuite.tools.tail.UndecodableEventException;

/**
 * Finds a cooperation's events in the topics: a first read keeps the events that belong to it
 * directly ({@link TraceQuery#selects}) and notes their correlation ids; for a call or a
 * dialogue, a second read of the same records keeps every event carrying one of those ids. The
 * second read decodes only the records whose correlation header matches (or that have none),
 * so it costs little.
 */
final class TraceCollector {

    private final EventDecoder decoder;

    TraceCollector(EventDecoder decoder) {
        this.decoder = decoder;
    }

    /** The events of the cooperation, in the order the scan met them. */
    List<TraceEvent> collect(TopicScan scan, TraceQuery query) {
        Map<String, TraceEvent> kept = new LinkedHashMap<>();
        Set<String> correlations = new HashSet<>();
        scan.read(record -> direct(record, query).ifPresent(event -> {
            kept.put(event.position(), event);
            event.correlationId().ifPresent(correlations::add);
        }));
        if (query.widens() && !correlations.isEmpty()) {
            scan.read(record -> {
                String position = record.topic() + "/" + record.partition() + "/" + record.offset();
                if (!kept.containsKey(position)) {
                    correlated(record, correlations).ifPresent(event -> kept.put(position, event));
                }
            });
        }
        return List.copyOf(kept.values());
    }

    private Optional<TraceEvent> direct(ConsumerRecord<byte[], byte[]> record, TraceQuery query) {
        try {
            DecodedEvent decoded = decoder.decode(record.value());
            return query.selects(decoded) ? Optional.of(TraceEvent.of(record, decoded)) : Optional.empty();
        } catch (UndecodableEventException e) {
            return query.selectsUndecodable(record) ? Optional.of(TraceEvent.undecodable(record, e.getMessage()))
                    : Optional.empty();
        }
    }

    private Optional<TraceEvent> correlated(ConsumerRecord<byte[], byte[]> record, Set<String> correlations) {
        Optional<String> header = Text.lastHeader(record, Text.CORRELATION_HEADER);
        if (header.isPresent() && !correlations.contains(header.get())) {
            return Optional.empty();
        }
        try {
            DecodedEvent decoded = decoder.decode(record.value());
            return decoded.correlationId().filter(correlations::contains).map(id -> TraceEvent.of(record, decoded));
        } catch (UndecodableEventException e) {
            return header.map(id -> TraceEvent.undecodable(record, e.getMessage()));
        }
    }
}

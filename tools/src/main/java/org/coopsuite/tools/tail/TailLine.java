package org.coopsuite.tools.tail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.generic.GenericData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * One record as one line of JSON: where it is (topic, partition, offset), its timestamp, key
 * and headers, then the event with its type and writer schema, or why it is undecodable and
 * its value in base64. Avro's own rendering writes the JSON: it escapes strings and quotes
 * dates and timestamps as ISO-8601, so no JSON library is needed.
 */
public final class TailLine {

    private final GenericData model;

    /** @param model the decoder's ({@link EventDecoder#model()}), which renders dates and timestamps as ISO-8601 */
    public TailLine(GenericData model) {
        this.model = model;
    }

    String of(ConsumerRecord<byte[], byte[]> record, DecodedEvent decoded) {
        return of(record, decoded, Map.of());
    }

    String undecodable(ConsumerRecord<byte[], byte[]> record, String reason) {
        return undecodable(record, reason, Map.of());
    }

    /** The line of a decoded event, with {@code extra} fields after the event (e.g. a trace's causation). */
    public String of(ConsumerRecord<byte[], byte[]> record, DecodedEvent decoded, Map<String, Object> extra) {
        Map<String, Object> line = envelope(record);
        line.put("type", decoded.type());
        line.put("schema", decoded.schema());
        line.put("event", decoded.event());
        line.putAll(extra);
        return model.toString(line);
    }

    /** The line of a record that could not be decoded, with {@code extra} fields after its payload. */
    public String undecodable(ConsumerRecord<byte[], byte[]> record, String reason, Map<String, Object> extra) {
        Map<String, Object> line = envelope(record);
        line.put("undecodable", reason);
        line.put("payload", record.value() == null ? null : Base64.getEncoder().encodeToString(record.value()));
        line.putAll(extra);
        return model.toString(line);
    }

    private static Map<String, Object> envelope(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("topic", record.topic());
        line.put("partition", record.partition());
        line.put("offset", record.offset());
        line.put("timestamp", record.timestamp() < 0 ? null : Instant.ofEpochMilli(record.timestamp()).toString());
        line.put("key", Text.key(record).orElse(null));
        line.put("headers", headers(record));
        return line;
    }

    // A header name may repeat; its values then print as an array, in order, rather than the last winning.
    private static Map<String, Object> headers(ConsumerRecord<byte[], byte[]> record) {
        Map<String, Object> headers = new LinkedHashMap<>();
        for (Header header : record.headers()) {
            String value = header.value() == null ? null : Text.of(header.value());
            if (!headers.containsKey(header.key())) {
                headers.put(header.key(), value);
            } else {
                headers.put(header.key(), appended(headers.get(header.key()), value));
            }
        }
        return headers;
    }

    private static List<Object> appended(Object earlier, String value) {
        List<Object> values = new ArrayList<>();
        if (earlier instanceof List<?> list) {
            values.addAll(list);
        } else {
            values.add(earlier);
        }
        values.add(value);
        return values;
    }
}

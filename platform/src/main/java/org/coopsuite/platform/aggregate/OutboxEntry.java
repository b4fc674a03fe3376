package org.coopsuite.platform.aggregate;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.bson.types.Binary;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;

/**
 * An event waiting in its aggregate's document to be published: already encoded, with the
 * topic and key it goes to, the headers tools read, and the trace context of the work that wrote it.
 */
public record OutboxEntry(String eventId, String topic, String key, String eventType, String correlationId,
        byte[] payload, Instant occurredAt, Map<String, String> traceHeaders) {

    static final String EVENT_ID = "eventId";

    /** An event as it waits in the outbox: encoded, on its topic, with its topic's key (see {@link EventTopic#keyOf}). */
    static OutboxEntry of(SpecificRecord event, EventCodec codec, Map<String, String> traceHeaders) {
        EventMeta meta = EventCodec.meta(event);
        EventTopic topic = EventTopic.of(event.getClass())
                .orElseThrow(() -> new IllegalArgumentException(event.getClass() + " is on no event topic"));
        return new OutboxEntry(meta.getEventId(), topic.topic(), topic.keyOf(event), meta.getEventType(),
                meta.getCorrelationId(), codec.encode(event), meta.getOccurredAt(), traceHeaders);
    }

    Document toDocument() {
        return new Document(EVENT_ID, eventId)
                .append("topic", topic)
                .append("key", key)
                .append("eventType", eventType)
                .append("correlationId", correlationId)
                .append("payload", new Binary(payload))
                .append("occurredAt", Date.from(occurredAt))
                .append("trace", new Document(Map.copyOf(traceHeaders)));
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(document.getString(EVENT_ID), document.getString("topic"), document.getString("key"),
                document.getString("eventType"), document.getString("correlationId"),
                document.get("payload", Binary.class).getData(), document.getDate("occurredAt").toInstant(),
                traceHeaders(document.get("trace", Document.class)));
    }

    private static Map<String, String> traceHeaders(Document trace) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (trace != null) {
            trace.forEach((name, value) -> headers.put(name, String.valueOf(value)));
        }
        return headers;
    }
}

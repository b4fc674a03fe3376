package org.coopsuite.platform.outbox;

import java.time.Instant;
import java.util.Date;

import org.bson.Document;
import org.bson.types.Binary;

/**
 * An event waiting in its aggregate's document to be published: already encoded, with the
 * topic and key it goes to and the headers tools read.
 */
public record OutboxEntry(String eventId, String topic, String key, String eventType, String correlationId,
        byte[] payload, Instant occurredAt) {

    static final String EVENT_ID = "eventId";

    Document toDocument() {
        return new Document(EVENT_ID, eventId)
                .append("topic", topic)
                .append("key", key)
                .append("eventType", eventType)
                .append("correlationId", correlationId)
                .append("payload", new Binary(payload))
                .append("occurredAt", Date.from(occurredAt));
    }

    static OutboxEntry fromDocument(Document document) {
        return new OutboxEntry(document.getString(EVENT_ID), document.getString("topic"), document.getString("key"),
                document.getString("eventType"), document.getString("correlationId"),
                document.get("payload", Binary.class).getData(), document.getDate("occurredAt").toInstant());
    }
}

package org.coopsuite.platform.messaging;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.bson.types.Binary;
import org.coopsuite.platform.messaging.ParkedSequence.Outcome;
import org.coopsuite.platform.messaging.ParkedSequence.State;

/**
 * The stored shape of a {@link ParkedSequence}, by hand: the record's bytes and headers go in as
 * binary, exactly as they came (a header's name may hold dots, so headers are a list of
 * {@code {name, value}}, not a document keyed by name).
 */
final class ParkedDocuments {

    static final String ID = "_id";
    static final String GROUP = "group";
    static final String TOPIC = "topic";
    static final String AGGREGATE_ID = "aggregateId";
    static final String REVISION = "revision";
    static final String EVENTS = "events";
    static final String STATE = "state";
    static final String PARKED_AT = "parkedAt";
    static final String CLAIMED_BY = "claimedBy";
    static final String CLAIMED_UNTIL = "claimedUntil";
    static final String REASON = "reason";
    static final String STACK = "stack";
    static final String TRANSIENT = "transient";

    private ParkedDocuments() {
    }

    static Document of(ParkedSequence sequence) {
        Document document = new Document(ID, sequence.id()).append(GROUP, sequence.group())
                .append(TOPIC, sequence.topic()).append(AGGREGATE_ID, sequence.aggregateId())
                .append(REASON, sequence.reason()).append(STACK, sequence.stack())
                .append(TRANSIENT, sequence.transientCause()).append(PARKED_AT, Date.from(sequence.parkedAt()))
                .append(STATE, sequence.state().name()).append(REVISION, sequence.revision())
                .append(CLAIMED_BY, sequence.claimedBy())
                .append(CLAIMED_UNTIL, sequence.claimedUntil() == null ? null : Date.from(sequence.claimedUntil()))
                .append(EVENTS, sequence.events().stream().map(ParkedDocuments::of).toList());
        if (sequence.outcome() != null) {
            Outcome outcome = sequence.outcome();
            document.append("outcome", new Document("by", outcome.by()).append("at", Date.from(outcome.at()))
                    .append(REASON, outcome.reason()));
        }
        return document;
    }

    static Document of(ParkedEvent event) {
        return new Document(TOPIC, event.topic()).append("partition", event.partition())
                .append("offset", event.offset()).append("key", event.key() == null ? null : new Binary(event.key()))
                .append("value", new Binary(event.value()))
                .append("headers", event.headers().stream()
                        .map(header -> new Document("name", header.name()).append("value", new Binary(header.value())))
                        .toList())
                .append("eventId", event.eventId()).append("eventType", event.eventType())
                .append("aggregateVersion", event.aggregateVersion()).append(PARKED_AT, Date.from(event.parkedAt()));
    }

    static ParkedSequence sequence(Document document) {
        Document outcome = document.get("outcome", Document.class);
        Date claimedUntil = document.getDate(CLAIMED_UNTIL);
        return new ParkedSequence(document.getString(ID), document.getString(GROUP), document.getString(TOPIC),
                document.getString(AGGREGATE_ID), document.getString(REASON), document.getString(STACK),
                document.getBoolean(TRANSIENT, false), document.getDate(PARKED_AT).toInstant(),
                State.valueOf(document.getString(STATE)), events(document), number(document.get(REVISION)),
                document.getString(CLAIMED_BY), claimedUntil == null ? null : claimedUntil.toInstant(),
                outcome == null ? null : new Outcome(outcome.getString("by"), outcome.getDate("at").toInstant(),
                        outcome.getString(REASON)));
    }

    private static List<ParkedEvent> events(Document document) {
        return document.getList(EVENTS, Document.class, List.of()).stream().map(ParkedDocuments::event).toList();
    }

    private static ParkedEvent event(Document event) {
        List<ParkedEvent.Header> headers = event.getList("headers", Document.class, List.of()).stream()
                .map(header -> new ParkedEvent.Header(header.getString("name"), bytes(header.get("value")))).toList();
        return new ParkedEvent(event.getString(TOPIC), (int) number(event.get("partition")),
                number(event.get("offset")), bytes(event.get("key")), bytes(event.get("value")), headers,
                event.getString("eventId"), event.getString("eventType"), number(event.get("aggregateVersion")),
                event.getDate(PARKED_AT).toInstant());
    }

    private static byte[] bytes(Object value) {
        if (value instanceof Binary binary) {
            return binary.getData();
        }
        return value instanceof byte[] bytes ? bytes : null;
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }
}

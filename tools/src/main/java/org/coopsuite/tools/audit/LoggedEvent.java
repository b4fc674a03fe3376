package org.coopsuite.tools.audit;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.common.EventMeta;

/**
 * One event as the audit read it from its topic: where it sits, and the event.
 *
 * @param topic     e.g. {@code coop.call.events}
 * @param partition its partition
 * @param offset    its offset in the partition
 * @param event     the decoded event
 */
record LoggedEvent(String topic, int partition, long offset, SpecificRecord event) {

    /**
     * The event's first field, by the suite's convention. Read here rather than by
     * {@code EventCodec.meta}: loading the codec trusts the suite's packages for Avro's specific
     * decoding in the whole JVM, which only the audit's own decoding needs.
     */
    EventMeta meta() {
        return (EventMeta) event.get(event.getSchema().getField("meta").pos());
    }

    /** The aggregate it changed, e.g. {@code Call call-2027-climate}. */
    String aggregate() {
        return meta().getAggregateType() + " " + meta().getAggregateId();
    }

    long version() {
        return meta().getAggregateVersion();
    }

    String eventId() {
        return meta().getEventId();
    }

    /** e.g. {@code CallDrafted v1 9f0c... at coop.call.events/0@12}. */
    String text() {
        return event.getSchema().getName() + " v" + version() + " " + eventId() + " at " + topic + "/" + partition + "@"
                + offset;
    }
}

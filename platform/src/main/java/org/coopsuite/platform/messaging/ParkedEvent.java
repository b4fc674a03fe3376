package org.coopsuite.platform.messaging;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One record parked in a sequence, as it came from the broker: where it was (topic, partition,
 * offset), its key, bytes and headers untouched (so that a retry decodes exactly what the
 * consumer got), and what it is when it could be decoded (event id, type, aggregate version;
 * null and 0 when it could not).
 */
public record ParkedEvent(String topic, int partition, long offset, byte[] key, byte[] value, List<Header> headers,
        String eventId, String eventType, long aggregateVersion, Instant parkedAt) {

    /** A record header, its value as the bytes it had. */
    public record Header(String name, byte[] value) {
    }

    public ParkedEvent {
        headers = List.copyOf(headers);
    }

    /** The events parked, then those more not among them yet (a record delivered again is there once), in order. */
    static List<ParkedEvent> merged(List<ParkedEvent> parked, List<ParkedEvent> more) {
        List<ParkedEvent> all = new ArrayList<>(parked);
        for (ParkedEvent event : more) {
            if (all.stream().noneMatch(event::sameRecord)) {
                all.add(event);
            }
        }
        return all;
    }

    /** Whether this is the same record of the log as the other one. */
    boolean sameRecord(ParkedEvent other) {
        return topic.equals(other.topic) && partition == other.partition && offset == other.offset;
    }
}

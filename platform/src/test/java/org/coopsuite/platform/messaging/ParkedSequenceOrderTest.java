package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The order of a sequence's events: as parked, each record of the log once, whatever is delivered again. */
class ParkedSequenceOrderTest {

    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void eventsParkedBehindKeepTheirOrderAfterTheFirst() {
        List<ParkedEvent> merged = ParkedEvent.merged(List.of(event(0, 10)), List.of(event(0, 12), event(0, 15)));

        assertThat(merged).extracting(ParkedEvent::offset).containsExactly(10L, 12L, 15L);
    }

    @Test
    void aRecordDeliveredAgainIsNotParkedTwice() {
        List<ParkedEvent> merged = ParkedEvent.merged(List.of(event(0, 10), event(0, 12)),
                List.of(event(0, 12), event(0, 13)));

        assertThat(merged).extracting(ParkedEvent::offset).containsExactly(10L, 12L, 13L);
    }

    @Test
    void theSameOffsetOfAnotherPartitionIsAnotherRecord() {
        assertThat(ParkedEvent.merged(List.of(event(0, 10)), List.of(event(1, 10)))).hasSize(2);
    }

    private static ParkedEvent event(int partition, long offset) {
        return new ParkedEvent("coop.call.events", partition, offset, null, new byte[0], List.of(), "e-" + offset,
                "CallOpened", offset, NOW);
    }
}

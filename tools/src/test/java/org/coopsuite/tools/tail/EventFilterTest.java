package org.coopsuite.tools.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coopsuite.tools.EventFixtures;
import org.junit.jupiter.api.Test;

class EventFilterTest {

    private final EventDecoder decoder = EventDecoder.ofPublishedSchemas();

    @Test
    void keepsEverythingWithoutAnId() {
        EventFilter none = new EventFilter(Optional.empty(), Optional.empty());

        assertThat(none.keeps(event("dlg-1", "corr-1"), decoded("dlg-1", "corr-1"))).isTrue();
        assertThat(none.keeps(TailLineTest.record(null, new byte[0]), Optional.empty())).isTrue();
    }

    @Test
    void keepsOnlyTheEventsWhoseMetaNamesTheAggregate() {
        EventFilter dialogue = new EventFilter(Optional.of("dlg-1"), Optional.empty());

        assertThat(dialogue.keeps(event("dlg-1", "corr-1"), decoded("dlg-1", "corr-1"))).isTrue();
        assertThat(dialogue.keeps(event("dlg-2", "corr-1"), decoded("dlg-2", "corr-1"))).isFalse();
    }

    @Test
    void keepsOnlyTheEventsWhoseMetaNamesTheCorrelation() {
        EventFilter cooperation = new EventFilter(Optional.empty(), Optional.of("corr-2"));

        assertThat(cooperation.keeps(event("dlg-1", "corr-2"), decoded("dlg-1", "corr-2"))).isTrue();
        assertThat(cooperation.keeps(event("dlg-1", "corr-1"), decoded("dlg-1", "corr-1"))).isFalse();
    }

    @Test
    void judgesAnUndecodableRecordByItsKeyAndCorrelationHeader() {
        ConsumerRecord<byte[], byte[]> broken = TailLineTest.record("dlg-1", new byte[] {1, 2, 3});

        assertThat(new EventFilter(Optional.of("dlg-1"), Optional.of("corr-1")).keeps(broken, Optional.empty())).isTrue();
        assertThat(new EventFilter(Optional.of("dlg-2"), Optional.empty()).keeps(broken, Optional.empty())).isFalse();
        assertThat(new EventFilter(Optional.empty(), Optional.of("corr-2")).keeps(broken, Optional.empty())).isFalse();
    }

    private static ConsumerRecord<byte[], byte[]> event(String dialogueId, String correlationId) {
        // The key and header say otherwise than meta, to show that meta decides for a decoded event.
        return TailLineTest.record("some-key", EventFixtures.dialogueOpened(dialogueId, correlationId, 1));
    }

    private Optional<DecodedEvent> decoded(String dialogueId, String correlationId) {
        return Optional.of(decoder.decode(EventFixtures.dialogueOpened(dialogueId, correlationId, 1)));
    }
}

package org.coopsuite.platform.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.schemas.common.EventMeta;
import org.junit.jupiter.api.Test;

class EventContextTest {

    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final EventContext context = new EventContext(NOW, "corr-1", "cause-1", "dialogue-service");

    @Test
    void stampsTheMetaWithTheGivenValues() {
        EventMeta meta = context.meta("DialogueOpened", "Dialogue", "dlg-1", 2);

        assertThat(meta.getEventType()).isEqualTo("DialogueOpened");
        assertThat(meta.getAggregateType()).isEqualTo("Dialogue");
        assertThat(meta.getAggregateId()).isEqualTo("dlg-1");
        assertThat(meta.getAggregateVersion()).isEqualTo(2);
        assertThat(meta.getOccurredAt()).isEqualTo(NOW);
        assertThat(meta.getCorrelationId()).isEqualTo("corr-1");
        assertThat(meta.getCausationId()).isEqualTo("cause-1");
        assertThat(meta.getProducer()).isEqualTo("dialogue-service");
    }

    @Test
    void givesEveryEventAFreshUuid() {
        String first = context.meta("DialogueOpened", "Dialogue", "dlg-1", 2).getEventId();
        String second = context.meta("DialogueOpened", "Dialogue", "dlg-1", 2).getEventId();

        assertThat(first).isNotEqualTo(second);
        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
    }

    @Test
    void theCurrentContextCarriesTheThreadsCorrelation() {
        EventContext current;
        try (Correlation.Scope ignored = Correlation.open("corr-7", "event-6")) {
            current = EventContext.current(NOW, "call-service");
        }

        assertThat(current).isEqualTo(new EventContext(NOW, "corr-7", "event-6", "call-service"));
    }

    @Test
    void carriesOnAnEarlierThreadsCorrelationKeepingTheCause() {
        assertThat(context.carryingOn("thread-1")).isEqualTo(new EventContext(NOW, "thread-1", "cause-1", "dialogue-service"));
        assertThat(context.carryingOn(null)).isSameAs(context);
    }
}

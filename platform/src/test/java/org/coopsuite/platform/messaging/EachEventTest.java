package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class EachEventTest {

    private final String id = TestEvents.newId();
    private final DialogueOpened first = TestEvents.opened(id, 2);
    private final DialogueOpened second = TestEvents.opened(id, 3);
    private final DialogueOpened third = TestEvents.opened(id, 4);
    private final List<Map<String, String>> seen = new ArrayList<>();

    @AfterEach
    void clearMdc() {
        MDC.clear();
    }

    @Test
    void runsEachReactionInsideItsEventsCorrelationWithTheEventAsCause() {
        new EachEvent(event -> seen.add(correlation())).accept(List.of(first, second));

        assertThat(seen).containsExactly(
                Map.of("correlation", "correlation-1", "causation", first.getMeta().getEventId()),
                Map.of("correlation", "correlation-1", "causation", second.getMeta().getEventId()));
    }

    @Test
    void restoresTheCorrelationInForceBefore() {
        MDC.put(Correlation.CORRELATION_ID, "outer-correlation");
        MDC.put(Correlation.CAUSATION_ID, "outer-cause");

        new EachEvent(event -> seen.add(correlation())).accept(List.of(first));

        assertThat(seen).hasSize(1);
        assertThat(correlation()).isEqualTo(Map.of("correlation", "outer-correlation", "causation", "outer-cause"));
    }

    @Test
    void namesTheFailingEventByItsIndexAndStopsThere() {
        RuntimeException cause = new IllegalStateException("cannot draft");
        List<SpecificRecord> handled = new ArrayList<>();
        EachEvent failingOnSecond = new EachEvent(event -> {
            if (event == second) {
                throw cause;
            }
            handled.add(event);
        });

        EventFailedException failed = catchThrowableOfType(EventFailedException.class,
                () -> failingOnSecond.accept(List.of(first, second, third)));

        assertThat(failed.index()).isEqualTo(1);
        assertThat(failed.getCause()).isSameAs(cause);
        assertThat(handled).containsExactly(first);
        assertThat(MDC.get(Correlation.CORRELATION_ID)).isNull();
        assertThat(MDC.get(Correlation.CAUSATION_ID)).isNull();
    }

    private static Map<String, String> correlation() {
        return Map.of("correlation", String.valueOf(MDC.get(Correlation.CORRELATION_ID)),
                "causation", String.valueOf(MDC.get(Correlation.CAUSATION_ID)));
    }
}

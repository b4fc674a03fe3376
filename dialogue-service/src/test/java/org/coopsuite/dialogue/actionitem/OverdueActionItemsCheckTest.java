package org.coopsuite.dialogue.actionitem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.coopsuite.dialogue.dialogue.DialogueProperties;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.platform.domain.StaleVersionException;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The check over many dialogues: one that another instance changed first is skipped, the rest go on. */
class OverdueActionItemsCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    private static final DialogueProperties PROPERTIES = new DialogueProperties(Duration.ofHours(1),
            new DialogueProperties.Escalation(30, Period.ofDays(60), Duration.ofHours(1)), List.of());

    private final List<LocalDate> askedFor = new ArrayList<>();
    private final ActionItems actionItems = new ActionItems() {
        @Override
        public List<String> dialoguesWithOpenItemsDueBefore(LocalDate day) {
            askedFor.add(day);
            return List.of("dlg-1", "dlg-2");
        }

        @Override
        public Page<ListedActionItem> list(String side, ActionItemState state, Pageable page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long count(String side, ActionItemState state) {
            throw new UnsupportedOperationException();
        }
    };
    private final DialogueService dialogues = mock(DialogueService.class);

    @Test
    void skipsADialogueAnotherInstanceWroteFirstAndChecksTheRest() {
        doThrow(new StaleVersionException("dlg-1", 4, 5)).when(dialogues).markOverdueActionItems("dlg-1");

        new OverdueActionItemsCheck(actionItems, dialogues, PROPERTIES, CLOCK).run();

        verify(dialogues).markOverdueActionItems("dlg-2");
        assertThat(askedFor).containsExactly(TODAY);
    }
}

package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.CONTEXT;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.TODAY;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueIn;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueInSession;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.postponedDialogue;

import java.time.LocalDate;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.schemas.dialogue.DialogueCancelled;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.coopsuite.schemas.dialogue.DialoguePostponed;
import org.coopsuite.schemas.dialogue.DialogueRescheduled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/** Postponing, rescheduling, concluding and cancelling: given a state, when a command, then an event or a refusal. */
class DialogueLifecycleTest {

    private static final LocalDate NEW_DATE = TODAY.plusMonths(5);

    @Test
    void postponesAScheduledDialogueWithItsReason() {
        Dialogue dialogue = dialogueIn(DialogueState.SCHEDULED);

        dialogue.postpone("The venue is unavailable.", CONTEXT);

        assertThat(dialogue.state()).isEqualTo(DialogueState.POSTPONED);
        assertThat(dialogue.reason()).isEqualTo("The venue is unavailable.");
        DialoguePostponed postponed = onlyEvent(dialogue, DialoguePostponed.class);
        assertThat(postponed.getReason()).isEqualTo("The venue is unavailable.");
        assertThat(postponed.getDialogueId()).isEqualTo("dlg-1");
        assertThat(postponed.getMeta().getAggregateVersion()).isEqualTo(2);
    }

    @Test
    void reschedulesAPostponedDialogueOnItsNewDate() {
        Dialogue dialogue = postponedDialogue();

        dialogue.reschedule(NEW_DATE, CONTEXT);

        assertThat(dialogue.state()).isEqualTo(DialogueState.SCHEDULED);
        assertThat(dialogue.date()).isEqualTo(NEW_DATE);
        assertThat(dialogue.reason()).isNull();
        DialogueRescheduled rescheduled = onlyEvent(dialogue, DialogueRescheduled.class);
        assertThat(rescheduled.getDate()).isEqualTo(NEW_DATE);
        assertThat(rescheduled.getMeta().getAggregateVersion()).isEqualTo(3);
    }

    @Test
    void aRescheduledDialogueCanOpenItsSession() {
        Dialogue dialogue = postponedDialogue().reschedule(NEW_DATE, CONTEXT);

        dialogue.open(CONTEXT);

        assertThat(dialogue.state()).isEqualTo(DialogueState.IN_SESSION);
    }

    @Test
    void concludesADialogueInSession() {
        Dialogue dialogue = dialogueInSession();

        dialogue.conclude(CONTEXT);

        assertThat(dialogue.state()).isEqualTo(DialogueState.CONCLUDED);
        assertThat(dialogue.minutesApprovals()).isEmpty();
        assertThat(dialogue.minutesAdopted()).isFalse();
        assertThat(onlyEvent(dialogue, DialogueConcluded.class).getMeta().getAggregateVersion()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = {"SCHEDULED", "POSTPONED"})
    void cancelsADialogueThatHasNotTakenPlace(DialogueState state) {
        Dialogue dialogue = dialogueIn(state);

        dialogue.cancel("Superseded by a high-level consultation.", CONTEXT);

        assertThat(dialogue.state()).isEqualTo(DialogueState.CANCELLED);
        assertThat(onlyEvent(dialogue, DialogueCancelled.class).getReason())
                .isEqualTo("Superseded by a high-level consultation.");
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = "SCHEDULED", mode = Mode.EXCLUDE)
    void postponesOnlyAScheduledDialogue(DialogueState state) {
        assertRefused(state, dialogue -> dialogue.postpone("Why not.", CONTEXT));
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = "POSTPONED", mode = Mode.EXCLUDE)
    void reschedulesOnlyAPostponedDialogue(DialogueState state) {
        assertRefused(state, dialogue -> dialogue.reschedule(NEW_DATE, CONTEXT));
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = "IN_SESSION", mode = Mode.EXCLUDE)
    void concludesOnlyADialogueInSession(DialogueState state) {
        assertRefused(state, dialogue -> dialogue.conclude(CONTEXT));
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = {"IN_SESSION", "CONCLUDED", "CANCELLED"})
    void cancelsNoDialogueInSessionConcludedOrAlreadyCancelled(DialogueState state) {
        assertRefused(state, dialogue -> dialogue.cancel("Too late.", CONTEXT));
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = "SCHEDULED", mode = Mode.EXCLUDE)
    void opensOnlyAScheduledDialogue(DialogueState state) {
        assertRefused(state, dialogue -> dialogue.open(CONTEXT));
    }

    /** The refusal names the state, and leaves state and events as they were. */
    private static void assertRefused(DialogueState state, ThrowingConsumer<Dialogue> command) {
        Dialogue dialogue = dialogueIn(state);

        assertThatThrownBy(() -> command.accept(dialogue)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageEndingWith(" is " + state.name());
        assertThat(dialogue.state()).isEqualTo(state);
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    static <E extends SpecificRecord> E onlyEvent(Dialogue dialogue, Class<E> type) {
        List<SpecificRecord> events = dialogue.recordedEvents();
        assertThat(events).hasSize(1).first().isInstanceOf(type);
        return type.cast(events.get(0));
    }
}

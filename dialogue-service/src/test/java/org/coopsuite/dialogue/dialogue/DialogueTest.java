package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.CONTEXT;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.callMandateDecision;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueInSession;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.scheduledDialogue;

import java.time.LocalDate;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.dialogue.CoChair;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.junit.jupiter.api.Test;

class DialogueTest {

    @Test
    void schedulingRecordsDialogueScheduledAtVersionOneWithCoChairsSortedBySide() {
        Dialogue dialogue = scheduledDialogue();

        assertThat(dialogue.state()).isEqualTo(DialogueState.SCHEDULED);
        DialogueScheduled scheduled = onlyEvent(dialogue, DialogueScheduled.class);
        assertThat(scheduled.getMeta().getAggregateVersion()).isEqualTo(1);
        assertThat(scheduled.getMeta().getAggregateId()).isEqualTo("dlg-1");
        assertThat(scheduled.getMeta().getCorrelationId()).isEqualTo("corr-1");
        assertThat(scheduled.getCoChairs()).extracting(CoChair::getSide, CoChair::getName)
                .containsExactly(tuple("EU", "Anna Schmidt"),
                        tuple("JP", "Kenji Sato"));
        assertThat(scheduled.getParticipatingSides()).containsExactlyInAnyOrder("EU", "JP");
    }

    @Test
    void opensAScheduledDialogueRecordingDialogueOpenedAtVersionTwo() {
        Dialogue dialogue = scheduledDialogue();

        dialogue.open(CONTEXT);

        assertThat(dialogue.state()).isEqualTo(DialogueState.IN_SESSION);
        assertThat(dialogue.recordedEvents()).hasSize(2).last().isInstanceOfSatisfying(DialogueOpened.class,
                opened -> assertThat(opened.getMeta().getAggregateVersion()).isEqualTo(2));
    }

    @Test
    void rejectsOpeningADialogueAlreadyInSession() {
        Dialogue inSession = dialogueInSession();

        assertThatThrownBy(() -> inSession.open(CONTEXT)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("IN_SESSION");
        assertThat(inSession.recordedEvents()).isEmpty();
    }

    @Test
    void rejectsDecisionOutsideASession() {
        Dialogue scheduled = scheduledDialogue();

        assertThatThrownBy(() -> scheduled.recordDecision(callMandateDecision(), CONTEXT))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("SCHEDULED");
        assertThat(scheduled.decisions()).isEmpty();
        assertThat(scheduled.recordedEvents()).hasSize(1);
    }

    @Test
    void recordsACallMandateWithItsBudgetAsExactStringsSortedBySide() {
        Dialogue dialogue = dialogueInSession();

        dialogue.recordDecision(callMandateDecision(), CONTEXT);

        DecisionRecorded recorded = onlyEvent(dialogue, DecisionRecorded.class);
        assertThat(recorded.getDecisionId()).isEqualTo("dec-1");
        assertThat(recorded.getKind()).isEqualTo(DecisionKind.CALL_MANDATE);
        org.coopsuite.schemas.dialogue.CallMandate mandate = recorded.getMandate();
        assertThat(mandate.getCallId()).isEqualTo("call-1");
        assertThat(mandate.getModality()).isEqualTo(CallModality.JOINT);
        assertThat(mandate.getStrategicArea()).isEqualTo("CLIMATE_CHANGE");
        assertThat(mandate.getTopics()).containsExactly("urban heat", "flood forecasting");
        assertThat(mandate.getTargetOpeningDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(mandate.getIndicativeBudget())
                .extracting(b -> b.getSide() + " " + b.getAmount().getAmount() + " " + b.getAmount().getCurrency())
                .containsExactly("EU 15000000 EUR", "JP 2000000000 JPY");
        assertThat(dialogue.decisions()).containsExactly(callMandateDecision());
    }

    @Test
    void aNoteTakenCarriesNoMandate() {
        Dialogue dialogue = dialogueInSession();

        dialogue.recordDecision(new Decision("dec-2", DecisionKind.NOTE_TAKEN, "Views exchanged.", null), CONTEXT);

        DecisionRecorded recorded = onlyEvent(dialogue, DecisionRecorded.class);
        assertThat(recorded.getKind()).isEqualTo(DecisionKind.NOTE_TAKEN);
        assertThat(recorded.getMandate()).isNull();
    }

    @Test
    void numbersItsEventsOnFromTheVersionItWasReadAt() {
        Dialogue dialogue = DialogueFixtures.reloaded(dialogueInSession()).readAt(7);

        dialogue.recordDecision(callMandateDecision(), CONTEXT)
                .recordDecision(new Decision("dec-2", DecisionKind.NOTE_TAKEN, "Views exchanged.", null), CONTEXT);

        assertThat(dialogue.recordedEvents()).extracting(e -> ((DecisionRecorded) e).getMeta())
                .extracting(EventMeta::getAggregateVersion).containsExactly(8L, 9L);
    }

    private static <E extends SpecificRecord> E onlyEvent(Dialogue dialogue, Class<E> type) {
        List<SpecificRecord> events = dialogue.recordedEvents();
        assertThat(events).hasSize(1).first().isInstanceOf(type);
        return type.cast(events.get(0));
    }
}

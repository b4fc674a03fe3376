package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.CONTEXT;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.concludedDialogue;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueIn;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.reloaded;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.dialogue.MinutesAdopted;
import org.coopsuite.schemas.dialogue.MinutesApproved;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

/** Minutes after conclusion: each co-chair side approves; the last approval adopts them, once. */
class MinutesApprovalTest {

    @Test
    void oneSidesApprovalIsRecordedButDoesNotAdopt() {
        Dialogue dialogue = concludedDialogue();

        dialogue.approveMinutes("JP", CONTEXT);

        assertThat(dialogue.minutesApprovals()).containsExactly("JP");
        assertThat(dialogue.minutesAdopted()).isFalse();
        MinutesApproved approved = DialogueLifecycleTest.onlyEvent(dialogue, MinutesApproved.class);
        assertThat(approved.getSide()).isEqualTo("JP");
        assertThat(approved.getMeta().getAggregateVersion()).isEqualTo(4);
    }

    @Test
    void theLastCoChairSidesApprovalAdoptsTheMinutes() {
        Dialogue dialogue = reloaded(concludedDialogue().approveMinutes("JP", CONTEXT)).readAt(4);

        dialogue.approveMinutes("EU", CONTEXT);

        assertThat(dialogue.minutesApprovals()).containsExactly("EU", "JP");
        assertThat(dialogue.minutesAdopted()).isTrue();
        assertThat(dialogue.recordedEvents()).hasExactlyElementsOfTypes(MinutesApproved.class, MinutesAdopted.class);
        assertThat(dialogue.recordedEvents()).extracting(e -> (EventMeta) e.get(0))
                .extracting(EventMeta::getAggregateVersion).containsExactly(5L, 6L);
    }

    @Test
    void approvingAgainBeforeAdoptionRecordsNothing() {
        Dialogue dialogue = reloaded(concludedDialogue().approveMinutes("EU", CONTEXT)).readAt(4);

        dialogue.approveMinutes("EU", CONTEXT);

        assertThat(dialogue.minutesApprovals()).containsExactly("EU");
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @Test
    void approvingAgainAfterAdoptionAdoptsNothingMore() {
        Dialogue adopted = reloaded(concludedDialogue().approveMinutes("EU", CONTEXT).approveMinutes("JP", CONTEXT))
                .readAt(6);

        adopted.approveMinutes("JP", CONTEXT);

        assertThat(adopted.minutesAdopted()).isTrue();
        assertThat(adopted.recordedEvents()).isEmpty();
    }

    @Test
    void refusesASideWithoutACoChair() {
        Dialogue dialogue = concludedDialogue();

        assertThatThrownBy(() -> dialogue.approveMinutes("KR", CONTEXT)).isInstanceOf(ForbiddenException.class);
        assertThat(dialogue.minutesApprovals()).isEmpty();
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = "CONCLUDED", mode = Mode.EXCLUDE)
    void approvesMinutesOnlyOfAConcludedDialogue(DialogueState state) {
        Dialogue dialogue = dialogueIn(state);

        assertThatThrownBy(() -> dialogue.approveMinutes("EU", CONTEXT)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageEndingWith(" is " + state.name());
        assertThat(dialogue.recordedEvents()).isEmpty();
    }
}

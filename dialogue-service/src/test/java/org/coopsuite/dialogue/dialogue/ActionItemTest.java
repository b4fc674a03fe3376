package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.CONTEXT;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.DUE;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.assignToJapan;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueIn;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueInSession;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.withOpenActionItem;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.withOverdueActionItem;
import static org.coopsuite.dialogue.dialogue.DialogueLifecycleTest.onlyEvent;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.ActionItemCompleted;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.dialogue.ActionItemOverdue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Action items: given a dialogue and its items, when a command or the overdue check, then an event or a refusal. */
class ActionItemTest {

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = {"IN_SESSION", "CONCLUDED"})
    void assignsAnOpenItemInSessionOrAfterConclusion(DialogueState state) {
        Dialogue dialogue = dialogueIn(state);

        dialogue.assignActionItem("act-1", assignToJapan(), CONTEXT);

        assertThat(dialogue.actionItem("act-1")).isEqualTo(
                new ActionItem("act-1", "JP", "Circulate the draft call text.", DUE, ActionItemState.OPEN, "corr-1"));
        ActionItemAssigned assigned = onlyEvent(dialogue, ActionItemAssigned.class);
        assertThat(assigned.getActionItemId()).isEqualTo("act-1");
        assertThat(assigned.getOwnerSide()).isEqualTo("JP");
        assertThat(assigned.getDescription()).isEqualTo("Circulate the draft call text.");
        assertThat(assigned.getDueDate()).isEqualTo(DUE);
        assertThat(assigned.getMeta().getAggregateVersion()).isEqualTo(dialogue.version() + 1);
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = {"SCHEDULED", "POSTPONED", "CANCELLED"})
    void assignsNoItemBeforeTheSessionOrToACancelledDialogue(DialogueState state) {
        Dialogue dialogue = dialogueIn(state);

        assertThatThrownBy(() -> dialogue.assignActionItem("act-1", assignToJapan(), CONTEXT))
                .isInstanceOf(IllegalTransitionException.class).hasMessageEndingWith(" is " + state.name());
        assertThat(dialogue.actionItems()).isEmpty();
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @Test
    void theOwnerSideMustTakePart() {
        Dialogue dialogue = dialogueInSession();

        assertThatThrownBy(() -> dialogue.assignActionItem("act-1",
                new AssignActionItem("KR", "Join the call.", DUE), CONTEXT))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("ownerSide"));
        assertThat(dialogue.actionItems()).isEmpty();
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @Test
    void theOwnerSideCompletesAnOpenItem() {
        Dialogue dialogue = withOpenActionItem();

        dialogue.completeActionItem("act-1", "JP", CONTEXT);

        assertThat(dialogue.actionItem("act-1").state()).isEqualTo(ActionItemState.DONE);
        ActionItemCompleted completed = onlyEvent(dialogue, ActionItemCompleted.class);
        assertThat(completed.getActionItemId()).isEqualTo("act-1");
        assertThat(completed.getMeta().getAggregateVersion()).isEqualTo(5);
    }

    @Test
    void anOverdueItemCanStillBeCompleted() {
        Dialogue dialogue = withOverdueActionItem();

        dialogue.completeActionItem("act-1", "JP", CONTEXT);

        assertThat(dialogue.actionItem("act-1").state()).isEqualTo(ActionItemState.DONE);
        assertThat(onlyEvent(dialogue, ActionItemCompleted.class).getMeta().getAggregateVersion()).isEqualTo(6);
    }

    @Test
    void anotherSideCannotCompleteIt() {
        Dialogue dialogue = withOpenActionItem();

        assertThatThrownBy(() -> dialogue.completeActionItem("act-1", "EU", CONTEXT))
                .isInstanceOf(ForbiddenException.class);
        assertThat(dialogue.actionItem("act-1").state()).isEqualTo(ActionItemState.OPEN);
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @Test
    void completingTwiceIsRefusedNamingDone() {
        Dialogue done = DialogueFixtures.reloaded(withOpenActionItem().completeActionItem("act-1", "JP", CONTEXT)).readAt(5);

        assertThatThrownBy(() -> done.completeActionItem("act-1", "JP", CONTEXT))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo("DONE"));
        assertThat(done.recordedEvents()).isEmpty();
    }

    @Test
    void completingAnUnknownItemIsNotFound() {
        Dialogue dialogue = withOpenActionItem();

        assertThatThrownBy(() -> dialogue.completeActionItem("act-9", "JP", CONTEXT))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anItemIsNotOverdueOnItsDueDate() {
        Dialogue dialogue = withOpenActionItem();

        dialogue.markOverdueActionItems(DUE, CONTEXT);

        assertThat(dialogue.actionItem("act-1").state()).isEqualTo(ActionItemState.OPEN);
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @Test
    void anOpenItemIsOverdueTheDayAfterItsDueDate() {
        Dialogue dialogue = withOpenActionItem();

        dialogue.markOverdueActionItems(DUE.plusDays(1), CONTEXT);

        assertThat(dialogue.actionItem("act-1").state()).isEqualTo(ActionItemState.OVERDUE);
        ActionItemOverdue overdue = onlyEvent(dialogue, ActionItemOverdue.class);
        assertThat(overdue.getActionItemId()).isEqualTo("act-1");
        assertThat(overdue.getOwnerSide()).isEqualTo("JP");
        assertThat(overdue.getDueDate()).isEqualTo(DUE);
    }

    @Test
    void theOverdueFactCarriesTheCooperationThreadTheItemWasAssignedInNotTheChecks() {
        Dialogue dialogue = withOpenActionItem();
        EventContext check = new EventContext(CONTEXT.now(), "check-run-7", "overdue-action-items-check", "dialogue-service");

        dialogue.markOverdueActionItems(DUE.plusDays(1), check);

        ActionItemOverdue overdue = onlyEvent(dialogue, ActionItemOverdue.class);
        assertThat(overdue.getMeta().getCorrelationId()).isEqualTo(CONTEXT.correlationId());
        assertThat(overdue.getMeta().getCausationId()).isEqualTo("overdue-action-items-check");
    }

    @Test
    void anItemIsOverdueOnlyOnce() {
        Dialogue dialogue = withOverdueActionItem();

        dialogue.markOverdueActionItems(DUE.plusDays(10), CONTEXT);

        assertThat(dialogue.actionItem("act-1").state()).isEqualTo(ActionItemState.OVERDUE);
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @Test
    void aDoneItemNeverBecomesOverdue() {
        Dialogue done = DialogueFixtures.reloaded(withOpenActionItem().completeActionItem("act-1", "JP", CONTEXT)).readAt(5);

        done.markOverdueActionItems(DUE.plusDays(1), CONTEXT);

        assertThat(done.actionItem("act-1").state()).isEqualTo(ActionItemState.DONE);
        assertThat(done.recordedEvents()).isEmpty();
    }

    @Test
    void marksOnlyTheItemsThatPassedTheirDueDate() {
        Dialogue dialogue = withOpenActionItem()
                .assignActionItem("act-2", new AssignActionItem("EU", "Publish the call.", DUE.plusDays(20)), CONTEXT);

        dialogue.markOverdueActionItems(DUE.plusDays(1), CONTEXT);

        assertThat(dialogue.actionItems()).extracting(ActionItem::state)
                .containsExactly(ActionItemState.OVERDUE, ActionItemState.OPEN);
        assertThat(dialogue.recordedEvents()).hasExactlyElementsOfTypes(ActionItemAssigned.class, ActionItemOverdue.class);
    }
}

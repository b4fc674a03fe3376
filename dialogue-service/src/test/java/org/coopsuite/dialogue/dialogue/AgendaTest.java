package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.CONTEXT;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.TODAY;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueIn;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.reloaded;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.ConsultationEscalated;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Given a dialogue, when an item goes on its agenda, expect one AgendaItemAdded, or none for a repeat. */
class AgendaTest {

    private static final AgendaSource SHORTFALL = new AgendaSource("evt-1", "FundingShortfallDetected", "agr-1", "sf-1", "coop-1");

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = {"SCHEDULED", "POSTPONED", "IN_SESSION"})
    void takesAnItemByHandUntilTheSessionConcludes(DialogueState state) {
        Dialogue dialogue = dialogueIn(state).addAgendaItem(byHand("ag-1"), CONTEXT);

        AgendaItemAdded added = only(dialogue, AgendaItemAdded.class);
        assertThat(added.getAgendaItemId()).isEqualTo("ag-1");
        assertThat(added.getSource()).isNull();
        assertThat(added.getEscalated()).isFalse();
        assertThat(added.getMeta().getAggregateVersion()).isEqualTo(dialogueIn(state).version() + 1);
    }

    @ParameterizedTest
    @EnumSource(value = DialogueState.class, names = {"CONCLUDED", "CANCELLED"})
    void refusesAnItemOnceConcludedOrCancelledNamingTheState(DialogueState state) {
        Dialogue dialogue = dialogueIn(state);

        IllegalTransitionException refused = catchThrowableOfType(IllegalTransitionException.class,
                () -> dialogue.addAgendaItem(byHand("ag-1"), CONTEXT));

        assertThat(refused.getMessage()).contains(state.name());
        assertThat(dialogue.recordedEvents()).isEmpty();
    }

    @Test
    void anItemFromAnEventNamesTheEventAndTheSameEventAgainAddsNothing() {
        Dialogue once = reloaded(dialogueIn(DialogueState.SCHEDULED).addAgendaItem(fromEvent("ag-1"), CONTEXT)).readAt(2);

        Dialogue again = once.addAgendaItem(fromEvent("ag-2"), CONTEXT);

        assertThat(again.recordedEvents()).isEmpty();
        assertThat(again.agenda()).singleElement().satisfies(item -> {
            assertThat(item.source()).isEqualTo(SHORTFALL);
            assertThat(item.addedOn()).isEqualTo(TODAY);
        });
    }

    @Test
    void itemsByHandWithTheSameTitleAreTwoItems() {
        Dialogue dialogue = dialogueIn(DialogueState.SCHEDULED)
                .addAgendaItem(byHand("ag-1"), CONTEXT).addAgendaItem(byHand("ag-2"), CONTEXT);

        assertThat(dialogue.agenda()).hasSize(2);
    }

    @Test
    void takesUpAnEscalatedMatterOnceWithTheEscalationEvent() {
        Dialogue dialogue = dialogueIn(DialogueState.SCHEDULED);
        AgendaItem escalated = new AgendaItem("ag-1", "Shortfall", SHORTFALL, true, TODAY);

        Dialogue took = reloaded(dialogue.takeUpEscalation(escalated, DialogueLevel.WORKING_GROUP, false, CONTEXT)).readAt(3);
        AgendaItem sameMatterFromAnotherEvent = new AgendaItem("ag-2", "Shortfall",
                new AgendaSource("evt-9", "FundingShortfallDetected", "agr-1", "sf-1", "coop-1"), true, TODAY);
        Dialogue again = took.takeUpEscalation(sameMatterFromAnotherEvent, DialogueLevel.WORKING_GROUP, false, CONTEXT);

        assertThat(dialogue.recordedEvents()).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("AgendaItemAdded", "ConsultationEscalated");
        ConsultationEscalated event = only(dialogue, ConsultationEscalated.class);
        assertThat(event.getLevel()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
        assertThat(event.getFromLevel()).isEqualTo(DialogueLevel.WORKING_GROUP);
        assertThat(event.getSource().getSubjectId()).isEqualTo("sf-1");
        assertThat(event.getConsultationScheduled()).isFalse();
        assertThat(again.recordedEvents()).isEmpty();
    }

    private static AgendaItem byHand(String id) {
        return new AgendaItem(id, "Exchange of views on open science", null, false, TODAY);
    }

    private static AgendaItem fromEvent(String id) {
        return new AgendaItem(id, "Funding shortfall", SHORTFALL, false, TODAY);
    }

    private static <T extends SpecificRecord> T only(Dialogue dialogue, Class<T> type) {
        return dialogue.recordedEvents().stream().filter(type::isInstance).map(type::cast).reduce((a, b) -> {
            throw new AssertionError("more than one " + type.getSimpleName());
        }).orElseThrow();
    }
}

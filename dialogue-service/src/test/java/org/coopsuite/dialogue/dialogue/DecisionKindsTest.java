package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.CONTEXT;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.REFERENCE;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.TODAY;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueIn;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.dialogueInSession;

import java.util.Map;

import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueDateConfirmed;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.junit.jupiter.api.Test;

/** Synergies, escalations and the confirmation of a proposed date. */
class DecisionKindsTest {

    private static final SynergyPair.Line MISSION = new SynergyPair.Line("EU", "Horizon Europe", "Climate-Neutral Cities");
    private static final SynergyPair.Line GOAL = new SynergyPair.Line("JP", "Moonshot", "Goal 4");

    private final DialogueRules rules = new DialogueRules(REFERENCE);

    @Test
    void recordsASynergyWithItsTwoProgrammeLines() {
        Decision synergy = new Decision("dec-1", DecisionKind.SYNERGY_IDENTIFIED, "Pair the mission with goal 4", null,
                new SynergyPair(MISSION, GOAL));
        rules.check(synergy, dialogueInSession());

        DecisionRecorded recorded = (DecisionRecorded) dialogueInSession().recordDecision(synergy, CONTEXT)
                .recordedEvents().get(0);

        assertThat(recorded.getSynergy().getFirst().getLine()).isEqualTo("Climate-Neutral Cities");
        assertThat(recorded.getSynergy().getSecond().getSide()).isEqualTo("JP");
        assertThat(recorded.getMandate()).isNull();
    }

    @Test
    void rejectsASynergyOfOneSideWithItselfOrOfASideNotTakingPart() {
        SynergyPair sameSide = new SynergyPair(MISSION, new SynergyPair.Line("EU", "Horizon Europe", "Soil"));
        SynergyPair korea = new SynergyPair(MISSION, new SynergyPair.Line("KR", "K-Programme", "X"));

        assertThat(errors(new Decision(null, DecisionKind.SYNERGY_IDENTIFIED, "s", null, sameSide)))
                .containsOnlyKeys("synergy.second.side");
        assertThat(errors(new Decision(null, DecisionKind.SYNERGY_IDENTIFIED, "s", null, korea)))
                .containsOnlyKeys("synergy.second.side");
        assertThat(errors(new Decision(null, DecisionKind.SYNERGY_IDENTIFIED, "s", null, null)))
                .containsOnlyKeys("synergy");
    }

    @Test
    void refusesAnEscalationDecisionAtTheHighestLevel() {
        Dialogue highLevel = DialogueFixtures.reloaded(Dialogue.schedule("dlg-9", new ScheduleDialogue("Ministerial",
                DialogueLevel.HIGH_LEVEL, TODAY, Map.of("EU", "A", "JP", "B")), CONTEXT).open(CONTEXT)).readAt(2);

        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class,
                () -> rules.check(new Decision(null, DecisionKind.ESCALATION, "Refer up", null), highLevel));

        assertThat(refused.fieldErrors()).containsOnlyKeys("kind");
    }

    @Test
    void confirmsAProposedDateOnceAndOnlyAProposedOne() {
        Dialogue proposed = Dialogue.schedule("dlg-2", new ScheduleDialogue("JC", DialogueLevel.JOINT_COMMITTEE,
                TODAY.plusYears(2), Map.of("EU", "A", "JP", "B"), "eu-jp-jc", true), CONTEXT);
        assertThat(((DialogueScheduled) proposed.recordedEvents().get(0)).getDateToBeConfirmed()).isTrue();

        Dialogue confirmed = DialogueFixtures.reloaded(proposed).readAt(1).confirmDate(TODAY.plusYears(2).plusDays(3), CONTEXT);

        assertThat(((DialogueDateConfirmed) confirmed.recordedEvents().get(0)).getDate()).isEqualTo(TODAY.plusYears(2).plusDays(3));
        assertThat(confirmed.dateToBeConfirmed()).isFalse();
        assertThat(catchThrowableOfType(IllegalTransitionException.class,
                () -> confirmed.confirmDate(TODAY.plusYears(3), CONTEXT))).isNotNull();
        assertThat(catchThrowableOfType(IllegalTransitionException.class,
                () -> dialogueIn(DialogueState.SCHEDULED).confirmDate(TODAY, CONTEXT))).isNotNull();
    }

    private Map<String, String> errors(Decision decision) {
        return catchThrowableOfType(InvalidCommandException.class, () -> rules.check(decision, dialogueInSession())).fieldErrors();
    }
}

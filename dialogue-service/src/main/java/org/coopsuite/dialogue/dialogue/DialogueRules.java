package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.reference.MoneyRules;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.stereotype.Component;

/** The checks of dialogue commands against the reference data and the dialogue itself. */
@Component
class DialogueRules {

    private final ReferenceData reference;

    /** How far ahead a date may lie: past it it is a typing error (year 99999), not a plan. */
    private static final int HORIZON_YEARS = 10;
    private static final String WITHIN = "must be within " + HORIZON_YEARS + " years";

    public DialogueRules(ReferenceData reference) {
        this.reference = reference;
    }

    void check(ScheduleDialogue command, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(command.coChairs().size() >= 2, "coChairs", "a dialogue needs at least two sides");
        command.coChairs().forEach((side, name) -> errors.check(reference.isSide(side), "coChairs",
                "unknown side " + side + "; known: " + reference.sides().keySet()));
        errors.check(!command.date().isBefore(today), "date", "must not be in the past")
                .check(!command.date().isAfter(today.plusYears(HORIZON_YEARS)), "date", WITHIN);
        errors.throwIfAny();
    }

    /** A postponed dialogue's new date, like a first one, must not be in the past. */
    void checkNewDate(LocalDate date, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(!date.isBefore(today), "date", "must not be in the past")
                .check(!date.isAfter(today.plusYears(HORIZON_YEARS)), "date", WITHIN);
        errors.throwIfAny();
    }

    /** An action item is due today at the earliest; its owner side is checked by the dialogue. */
    void check(AssignActionItem command, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(!command.dueDate().isBefore(today), "dueDate", "must not be in the past")
                .check(!command.dueDate().isAfter(today.plusYears(HORIZON_YEARS)), "dueDate", WITHIN);
        errors.throwIfAny();
    }

    /** The content a decision of its kind needs, against the dialogue it is recorded in. */
    void check(Decision decision, Dialogue dialogue) {
        switch (decision.kind()) {
            case CALL_MANDATE -> check(decision.mandate(), dialogue);
            case SYNERGY_IDENTIFIED -> check(decision.synergy(), dialogue);
            case ESCALATION -> checkEscalation(dialogue);
            case NOTE_TAKEN -> { }
            case UNKNOWN -> throw new InvalidCommandException(Map.of("kind", "must be a known kind"));
        }
    }

    private void check(SynergyPair synergy, Dialogue dialogue) {
        if (synergy == null) {
            throw new InvalidCommandException(Map.of("synergy", "a synergy needs its two programme lines"));
        }
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(dialogue.participatingSides().contains(synergy.first().side()), "synergy.first.side",
                "must be a participating side: " + dialogue.participatingSides());
        errors.check(dialogue.participatingSides().contains(synergy.second().side()), "synergy.second.side",
                "must be a participating side: " + dialogue.participatingSides());
        errors.check(!synergy.first().side().equals(synergy.second().side()), "synergy.second.side",
                "must be another side than the first line's");
        errors.throwIfAny();
    }

    /** Nothing sits above the highest level, so a decision there cannot refer a matter up. */
    private void checkEscalation(Dialogue dialogue) {
        if (dialogue.level() == DialogueLevel.HIGH_LEVEL) {
            throw new InvalidCommandException(Map.of("kind", "a HIGH_LEVEL dialogue has no higher level to escalate to"));
        }
    }

    /**
     * A mandate's target opening is "from now on": not in the past, and within 10 years (past
     * that it is a typing error, not a plan).
     */
    void checkTargetOpening(Decision decision, LocalDate today) {
        LocalDate target = decision.mandate() == null ? null : decision.mandate().targetOpeningDate();
        if (decision.kind() != DecisionKind.CALL_MANDATE || target == null) {
            return;
        }
        new InvalidCommandException.Collector()
                .check(!target.isBefore(today), "mandate.targetOpeningDate", "must not be in the past")
                .check(!target.isAfter(today.plusYears(HORIZON_YEARS)), "mandate.targetOpeningDate", WITHIN)
                .throwIfAny();
    }

    void check(CallMandate mandate, Dialogue dialogue) {
        if (mandate == null) {
            throw new InvalidCommandException(Map.of("mandate", "a call mandate needs its mandate"));
        }
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(mandate.modality() != CallModality.UNKNOWN, "mandate.modality", "must be given");
        errors.check(reference.isStrategicArea(mandate.strategicArea()), "mandate.strategicArea",
                "unknown strategic area; known: " + reference.strategicAreas());
        errors.check(mandate.globalChallenges().stream().allMatch(reference::isGlobalChallenge),
                "mandate.globalChallenges", "unknown global challenge; known: " + reference.globalChallenges());
        for (String side : dialogue.participatingSides()) {
            errors.check(mandate.indicativeBudget().containsKey(side), "mandate.indicativeBudget." + side,
                    "every participating side needs a budget");
        }
        mandate.indicativeBudget().forEach((side, money) -> checkBudget(side, money, dialogue, errors));
        errors.throwIfAny();
    }

    private void checkBudget(String side, Money money, Dialogue dialogue, InvalidCommandException.Collector errors) {
        String field = "mandate.indicativeBudget." + side;
        if (!dialogue.participatingSides().contains(side)) {
            errors.reject(field, "not a participating side of this dialogue");
            return;
        }
        MoneyRules.check(reference, field, side, money, errors);
    }
}

package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.Currency;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.common.CallModality;
import org.springframework.stereotype.Component;

/** The checks of dialogue commands against the reference data and the dialogue itself. */
@Component
public class DialogueRules {

    private final ReferenceData reference;

    public DialogueRules(ReferenceData reference) {
        this.reference = reference;
    }

    void check(ScheduleDialogue command, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(command.coChairs().size() >= 2, "coChairs", "a dialogue needs at least two sides");
        command.coChairs().forEach((side, name) -> errors.check(reference.isSide(side), "coChairs",
                "unknown side " + side + "; known: " + reference.sides().keySet()));
        errors.check(!command.date().isBefore(today), "date", "must not be in the past");
        errors.throwIfAny();
    }

    /** A postponed dialogue's new date, like a first one, must not be in the past. */
    void checkNewDate(LocalDate date, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(!date.isBefore(today), "date", "must not be in the past");
        errors.throwIfAny();
    }

    /** An action item is due today at the earliest; its owner side is checked by the dialogue. */
    void check(AssignActionItem command, LocalDate today) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(!command.dueDate().isBefore(today), "dueDate", "must not be in the past");
        errors.throwIfAny();
    }

    void check(CallMandate mandate, Dialogue dialogue) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(mandate.modality() != CallModality.UNKNOWN, "mandate.modality", "must be given");
        errors.check(reference.isStrategicArea(mandate.strategicArea()), "mandate.strategicArea",
                "unknown strategic area; known: " + reference.strategicAreas());
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
        String currency = reference.currencyOf(side).orElseThrow();
        errors.check(currency.equals(money.currency()), field + ".currency", "must be " + currency + ", the side's currency");
        errors.check(money.amount().signum() > 0, field + ".amount", "must be positive");
        int decimals = Currency.getInstance(currency).getDefaultFractionDigits();
        errors.check(money.amount().stripTrailingZeros().scale() <= decimals, field + ".amount",
                "at most " + decimals + " decimals in " + currency);
    }
}

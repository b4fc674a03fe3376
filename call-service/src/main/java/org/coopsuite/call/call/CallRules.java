package org.coopsuite.call.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.reference.MoneyRules;
import org.coopsuite.platform.reference.ReferenceData;
import org.springframework.stereotype.Component;

/**
 * The rules of a call's content beyond the shape of a request: sides, currencies and strategic
 * areas from reference data, each side once, amounts by the platform's {@link MoneyRules}, a
 * budget for every side, dates in order, the Rio-marker
 * coefficients; and what a draft needs before it can be submitted for funding.
 */
@Component
class CallRules {

    private static final Set<Integer> CLIMATE_COEFFICIENTS = Set.of(0, 40, 100);
    /** How far ahead a call's dates may lie: past it a date is a typing error (year 20260), not a plan. */
    private static final java.time.Period HORIZON = java.time.Period.ofYears(10);

    private final ReferenceData reference;

    CallRules(ReferenceData reference) {
        this.reference = reference;
    }

    /** @throws InvalidCommandException naming each field that breaks a rule */
    public void check(DraftCall command, LocalDate today) {
        var errors = new InvalidCommandException.Collector();
        checkSides(command.participatingSides(), errors);
        checkContent(command.content(), command.participatingSides(), today, errors);
        errors.throwIfAny();
    }

    /** @throws InvalidCommandException naming each field that breaks a rule */
    public void check(CallContent content, List<String> participatingSides, LocalDate today) {
        var errors = new InvalidCommandException.Collector();
        checkContent(content, participatingSides, today, errors);
        errors.throwIfAny();
    }

    /** @throws InvalidCommandException naming what a draft still lacks to be submitted for funding */
    public void checkComplete(Call call) {
        CallContent content = call.content();
        new InvalidCommandException.Collector()
                .check(content.timeline() != null, "timeline", "required before submitting for funding")
                .check(content.eligibility() != null, "eligibility", "required before submitting for funding")
                .check(content.indicativeBudget().keySet().containsAll(call.participatingSides()), "indicativeBudget",
                        "every participating side needs a budget before submitting for funding")
                .throwIfAny();
    }

    private void checkSides(List<String> sides, InvalidCommandException.Collector errors) {
        errors.check(sides.size() >= 2, "participatingSides", "a call needs at least two sides")
                .check(Set.copyOf(sides).size() == sides.size(), "participatingSides", "each side once: " + sides);
        sides.stream().filter(side -> !reference.isSide(side)).findFirst()
                .ifPresent(side -> errors.reject("participatingSides", "unknown side " + side));
    }

    private void checkContent(CallContent content, List<String> sides, LocalDate today,
            InvalidCommandException.Collector errors) {
        content.strategicAreas().stream().filter(area -> !reference.isStrategicArea(area)).findFirst()
                .ifPresent(area -> errors.reject("strategicAreas", "unknown strategic area " + area));
        content.globalChallenges().stream().filter(challenge -> !reference.isGlobalChallenge(challenge)).findFirst()
                .ifPresent(challenge -> errors.reject("globalChallenges", "unknown global challenge " + challenge
                        + "; known: " + reference.globalChallenges()));
        errors.check(content.fundingPeriodDays() == null || content.fundingPeriodDays() >= 1, "fundingPeriodDays",
                "must be at least 1 day");
        errors.check(content.indicativeBudget().keySet().equals(Set.copyOf(sides)), "indicativeBudget",
                "one amount for each participating side " + sides);
        checkCurrencies(content.indicativeBudget(), "indicativeBudget", errors);
        errors.check(CLIMATE_COEFFICIENTS.contains(content.climateCoefficient()), "climateCoefficient",
                "must be 0, 40 or 100 (Rio markers)");
        if (content.timeline() != null) {
            checkTimeline(content.timeline(), today, errors);
        }
        if (content.eligibility() != null) {
            errors.check(sides.containsAll(content.eligibility().requestCaps().keySet()), "eligibility.requestCaps",
                    "a cap for a side that does not take part");
            checkCurrencies(content.eligibility().requestCaps(), "eligibility.requestCaps", errors);
        }
    }

    private void checkTimeline(Timeline timeline, LocalDate today, InvalidCommandException.Collector errors) {
        LocalDate latest = today.plus(HORIZON);
        errors.check(!timeline.opening().isBefore(today), "timeline.opening", "must not be in the past")
                .check(!timeline.evaluationEnd().isAfter(latest), "timeline.evaluationEnd",
                        "must be within " + HORIZON.getYears() + " years, by " + latest)
                .check(!timeline.deadline().isBefore(timeline.opening()), "timeline.deadline",
                        "must not be before the opening")
                .check(timeline.evaluationEnd().isAfter(timeline.deadline()), "timeline.evaluationEnd",
                        "must be after the deadline");
    }

    /** The platform's one money rule: the side's currency, its decimals, positive, at most 10^12. */
    private void checkCurrencies(Map<String, Money> perSide, String field, InvalidCommandException.Collector errors) {
        perSide.forEach((side, money) -> {
            if (reference.isSide(side)) {
                MoneyRules.check(reference, field + "." + side, side, money, errors);
            }
        });
    }
}

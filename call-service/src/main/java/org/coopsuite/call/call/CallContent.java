package org.coopsuite.call.call;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;

/**
 * What a programme officer writes and may edit while a call is a draft. The timeline and the
 * eligibility rules may stay unset in a draft; a call needs them to be submitted for funding.
 *
 * @param globalChallenges the global challenges of the reference data the call addresses (may be empty)
 * @param fundingPeriodDays the days after its submission for funding within which the co-funding is
 *        to be secured before it is overdue; null for the deployment's default
 */
public record CallContent(String title, List<String> strategicAreas, List<String> topics,
        Map<String, Money> indicativeBudget, Timeline timeline, EligibilityRules eligibility, int climateCoefficient,
        List<String> globalChallenges, Integer fundingPeriodDays) {

    public CallContent {
        strategicAreas = List.copyOf(strategicAreas);
        topics = List.copyOf(topics);
        indicativeBudget = Map.copyOf(indicativeBudget);
        globalChallenges = globalChallenges == null ? List.of() : List.copyOf(globalChallenges);
    }

    /** Content that names no global challenge and keeps the default funding period. */
    public CallContent(String title, List<String> strategicAreas, List<String> topics,
            Map<String, Money> indicativeBudget, Timeline timeline, EligibilityRules eligibility, int climateCoefficient) {
        this(title, strategicAreas, topics, indicativeBudget, timeline, eligibility, climateCoefficient, List.of(), null);
    }
}

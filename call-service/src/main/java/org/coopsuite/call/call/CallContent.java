package org.coopsuite.call.call;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;

/**
 * What a programme officer writes and may edit while a call is a draft. The timeline and the
 * eligibility rules may stay unset in a draft; a call needs them to be submitted for funding.
 */
public record CallContent(String title, List<String> strategicAreas, List<String> topics,
        Map<String, Money> indicativeBudget, Timeline timeline, EligibilityRules eligibility, int climateCoefficient) {

    public CallContent {
        strategicAreas = List.copyOf(strategicAreas);
        topics = List.copyOf(topics);
        indicativeBudget = Map.copyOf(indicativeBudget);
    }
}

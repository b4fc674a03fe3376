package org.coopsuite.call.call;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A call's evaluation panel and its rules: the experts (each of a participating side), how many
 * individual evaluations each proposal needs before its consensus, and the thresholds the
 * consensus must reach per criterion and in total. A call's evaluation does not start before its
 * panel is appointed.
 */
public record Panel(List<Expert> experts, int requiredEvaluations, BigDecimal criterionThreshold,
        BigDecimal totalThreshold) {

    /** The default number of individual evaluations per proposal. */
    public static final int DEFAULT_REQUIRED_EVALUATIONS = 3;

    public Panel {
        experts = List.copyOf(experts);
    }

    public Optional<Expert> expert(String id) {
        return experts.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** Whether this panel keeps every expert and every rule of the other, adding experts only. */
    boolean enlarges(Panel other) {
        return experts.containsAll(other.experts) && requiredEvaluations == other.requiredEvaluations
                && criterionThreshold.compareTo(other.criterionThreshold) == 0
                && totalThreshold.compareTo(other.totalThreshold) == 0;
    }
}

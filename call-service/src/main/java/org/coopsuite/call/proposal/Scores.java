package org.coopsuite.call.proposal;

import java.math.BigDecimal;

import org.coopsuite.platform.domain.InvalidCommandException;

/** An evaluator's scores, each 0 to 5 in half points, exact. */
public record Scores(BigDecimal excellence, BigDecimal impact, BigDecimal implementation) {

    private static final BigDecimal MAX = BigDecimal.valueOf(5);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** @throws InvalidCommandException naming each score that is not 0 to 5 in half points */
    public static Scores of(BigDecimal excellence, BigDecimal impact, BigDecimal implementation) {
        String rule = "must be 0 to 5 in half points, e.g. 4.5";
        new InvalidCommandException.Collector().check(valid(excellence), "excellence", rule)
                .check(valid(impact), "impact", rule).check(valid(implementation), "implementation", rule).throwIfAny();
        return new Scores(excellence, impact, implementation);
    }

    public BigDecimal total() {
        return excellence.add(impact).add(implementation);
    }

    /** Whether every criterion and the total reach their thresholds. */
    public boolean pass(BigDecimal criterionThreshold, BigDecimal totalThreshold) {
        return excellence.compareTo(criterionThreshold) >= 0 && impact.compareTo(criterionThreshold) >= 0
                && implementation.compareTo(criterionThreshold) >= 0 && total().compareTo(totalThreshold) >= 0;
    }

    /** Whether a score is one of 0, 0.5, ... 5. */
    static boolean valid(BigDecimal score) {
        return score != null && score.signum() >= 0 && score.compareTo(MAX) <= 0
                && score.remainder(HALF).signum() == 0;
    }

    /** A score as events carry it: a plain decimal string with at most one decimal, e.g. "4.5" or "3". */
    public static String text(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString();
    }
}

package org.coopsuite.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coopsuite.call.proposal.Selection;
import org.coopsuite.call.proposal.Selection.Candidate;

/**
 * Times call-service's selection ({@link Selection#select}) over a call's evaluated proposals: a
 * plain loop with warm-up iterations (to let the JIT compile it) and measured ones, whose median,
 * 99th percentile and maximum {@code ./coop bench selection [proposals] [warm-up] [measured]}
 * prints ({@link SelectionCommand}). No JMH: the Boot BOM does not manage it.
 */
public final class SelectionBenchmark {

    static final List<String> SIDES = List.of("EU", "JP");

    private SelectionBenchmark() {
    }

    /** Runs the benchmark on candidates made from the seed; the outcome is the last iteration's. */
    static Result run(int proposals, int warmUp, int measured, long seed) {
        List<Candidate> candidates = candidates(proposals, new Random(seed));
        Map<String, BigDecimal> budget = budget(candidates);
        Selection.Outcome outcome = null;
        for (int i = 0; i < warmUp; i++) {
            outcome = Selection.select(candidates, budget);
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            outcome = Selection.select(candidates, budget);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new Result(candidates, budget, outcome, nanos);
    }

    /** Random half-point scores, about one in five below threshold, requests of up to 3 partners per side. */
    static List<Candidate> candidates(int count, Random random) {
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal excellence = halfPoints(random);
            BigDecimal impact = halfPoints(random);
            BigDecimal implementation = halfPoints(random);
            BigDecimal total = excellence.add(impact).add(implementation);
            boolean passed = random.nextInt(5) != 0;
            candidates.add(new Candidate(String.format("p-%05d", i), excellence, impact, total, passed,
                    Map.of("EU", BigDecimal.valueOf(100_000L * (1 + random.nextInt(30)), 2),
                            "JP", BigDecimal.valueOf(10_000_000L * (1 + random.nextInt(30))))));
        }
        return candidates;
    }

    /** A budget that funds about a third of the requests, so that the walk both selects and reserves. */
    static Map<String, BigDecimal> budget(List<Candidate> candidates) {
        BigDecimal eu = BigDecimal.ZERO;
        BigDecimal jp = BigDecimal.ZERO;
        for (Candidate candidate : candidates) {
            eu = eu.add(candidate.requestedPerSide().get("EU"));
            jp = jp.add(candidate.requestedPerSide().get("JP"));
        }
        BigDecimal three = BigDecimal.valueOf(3);
        return Map.of("EU", eu.divideToIntegralValue(three), "JP", jp.divideToIntegralValue(three));
    }

    private static BigDecimal halfPoints(Random random) {
        return BigDecimal.valueOf(random.nextInt(11)).divide(BigDecimal.valueOf(2));
    }

    /** What a run measured: sorted times in nanoseconds, and the outcome it selected. */
    record Result(List<Candidate> candidates, Map<String, BigDecimal> budget, Selection.Outcome outcome, long[] nanos) {

        /** The time at this quantile (0.5 the median, 1.0 the maximum), in milliseconds. */
        double millis(double quantile) {
            int index = (int) Math.ceil(quantile * nanos.length) - 1;
            return nanos[Math.max(0, Math.min(nanos.length - 1, index))] / 1_000_000.0;
        }
    }
}

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
 * plain {@code main} with warm-up iterations (to let the JIT compile it) and measured ones,
 * printing the median, the 99th percentile and the maximum. No JMH: the Boot BOM does not manage it.
 *
 * <pre>java -cp bench.jar:call-service.jar org.coopsuite.bench.SelectionBenchmark [proposals] [warm-up] [measured]</pre>
 */
public final class SelectionBenchmark {

    static final List<String> SIDES = List.of("EU", "JP");

    private SelectionBenchmark() {
    }

    public static void main(String[] args) {
        int proposals = args.length > 0 ? Integer.parseInt(args[0]) : 5_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int measured = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        Result result = run(proposals, warmUp, measured, 42);
        System.out.printf("selection of %d evaluated proposals, %d warm-up, %d measured iterations (Java %s, %d cores)%n",
                proposals, warmUp, measured, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("median %.3f ms, p99 %.3f ms, max %.3f ms; %d selected, %d reserve, %d rejected%n",
                result.millis(0.5), result.millis(0.99), result.millis(1.0), result.outcome().selected().size(),
                result.outcome().reserve().size(), result.outcome().rejected().size());
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

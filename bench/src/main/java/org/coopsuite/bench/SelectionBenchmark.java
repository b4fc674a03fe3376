package org.coopsuite.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.coopsuite.call.call.Expert;
import org.coopsuite.call.call.Panel;
import org.coopsuite.call.proposal.Partner;
import org.coopsuite.call.proposal.Proposal;
import org.coopsuite.call.proposal.Scores;
import org.coopsuite.call.proposal.Selection;
import org.coopsuite.call.proposal.Selection.Candidate;
import org.coopsuite.call.proposal.SubmitProposal;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.PartnerRole;

/**
 * Times call-service's selection ({@link Selection#ofProposals}, what publishing runs) over a
 * call's evaluated proposals, each with three individual evaluations by a panel's experts and
 * the rapporteur's consensus (built before timing, through the proposal aggregate's own steps):
 * a plain loop with warm-up iterations (to let the JIT compile it) and measured ones, whose median,
 * 99th percentile and maximum {@code ./coop bench selection [proposals] [warm-up] [measured]}
 * prints ({@link SelectionCommand}). No JMH: the Boot BOM does not manage it.
 */
public final class SelectionBenchmark {

    static final List<String> SIDES = List.of("EU", "JP");
    /** Individual evaluations per proposal before its consensus. */
    static final int EVALUATIONS = 3;
    private static final Panel PANEL = new Panel(List.of(new Expert("e-eu-1", "EU", "KU Leuven"),
            new Expert("e-jp-1", "JP", "Osaka University"), new Expert("e-eu-2", "EU", "Sorbonne")), EVALUATIONS,
            BigDecimal.valueOf(3), BigDecimal.TEN);
    private static final EventContext CONTEXT = new EventContext(java.time.Instant.parse("2027-01-01T00:00:00Z"),
            "bench", "bench", "bench");

    private SelectionBenchmark() {
    }

    /** Runs the benchmark on candidates made from the seed; the outcome is the last iteration's. */
    static Result run(int proposals, int warmUp, int measured, long seed) {
        List<Candidate> candidates = candidates(proposals, new Random(seed));
        Map<String, BigDecimal> budget = budget(candidates);
        List<Proposal> evaluated = candidates.stream().map(SelectionBenchmark::evaluated).toList();
        Map<String, Money> money = Map.of("EU", new Money(budget.get("EU"), "EUR"), "JP", new Money(budget.get("JP"), "JPY"));
        Selection.Outcome outcome = null;
        for (int i = 0; i < warmUp; i++) {
            outcome = Selection.ofProposals(evaluated, money, List.of());
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long started = System.nanoTime();
            outcome = Selection.ofProposals(evaluated, money, List.of());
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return new Result(candidates, budget, outcome, nanos);
    }

    /**
     * A proposal of the candidate's requests, evaluated by the panel's three experts (each giving
     * the candidate's scores), whose consensus the first expert writes: what the panel leaves for publishing.
     */
    static Proposal evaluated(Candidate candidate) {
        List<Partner> consortium = List.of(
                new Partner("Coordinator EU", "EU", PartnerRole.COORDINATOR, false,
                        new Money(candidate.requestedPerSide().get("EU"), "EUR")),
                new Partner("Partner JP", "JP", PartnerRole.PARTNER, false,
                        new Money(candidate.requestedPerSide().get("JP"), "JPY")));
        Proposal proposal = Proposal.submit(candidate.proposalId(), new SubmitProposal("bench-call", "P"
                + candidate.proposalId(), "A proposal", consortium, "Open data.", List.of()), "bench", List.of(), CONTEXT);
        Scores scores = new Scores(candidate.excellence(), candidate.impact(),
                candidate.total().subtract(candidate.excellence()).subtract(candidate.impact()));
        for (Expert expert : PANEL.experts()) {
            proposal.assign(PANEL, expert.id(), true, CONTEXT);
            proposal.submitEvaluation(PANEL, expert.id(), scores, "Assessed.", CONTEXT);
        }
        return proposal.writeConsensus(PANEL, "e-eu-1", scores, "The panel agreed.", CONTEXT);
    }

    /**
     * Random half-point scores (2.5 to 5 per criterion; whether they pass is the panel's
     * thresholds' verdict, 3 per criterion and 10 in total), requests from each side.
     */
    static List<Candidate> candidates(int count, Random random) {
        List<Candidate> candidates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            BigDecimal excellence = halfPoints(random);
            BigDecimal impact = halfPoints(random);
            BigDecimal implementation = halfPoints(random);
            BigDecimal total = excellence.add(impact).add(implementation);
            boolean passed = new Scores(excellence, impact, implementation).pass(PANEL.criterionThreshold(),
                    PANEL.totalThreshold());
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
        return BigDecimal.valueOf(5 + random.nextInt(6)).divide(BigDecimal.valueOf(2));
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

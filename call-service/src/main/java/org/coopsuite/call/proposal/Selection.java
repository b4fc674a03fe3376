package org.coopsuite.call.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks evaluated proposals and selects them under each side's secured budget: a pure function
 * over plain values, with no store in the loop, so that thousands of proposals take milliseconds.
 *
 * <p>The ranking is by total, ties by excellence, then by impact, then as a panel's note orders
 * them (then by id, so that the same input always gives the same order). Selection walks the ranking and selects a proposal only if
 * every side can fund its own partners' requests from what remains of that side's budget;
 * otherwise the proposal goes to the reserve list, and the walk goes on (a cheaper one further
 * down may still fit).
 */
public final class Selection {

    /** Best first. */
    static final Comparator<Candidate> RANKING = ranking(List.of());

    private Selection() {
    }

    /**
     * @param budget what each side may spend, in its own currency
     */
    public static Outcome select(List<Candidate> candidates, Map<String, BigDecimal> budget) {
        return select(candidates, budget, List.of());
    }

    /**
     * Ranks and selects evaluated proposals as publishing does: each by its scores (with a panel,
     * its consensus) and its consortium's requests per side.
     */
    public static Outcome ofProposals(List<Proposal> evaluated, Map<String, org.coopsuite.platform.domain.Money> budget,
            List<String> tieOrder) {
        return select(Results.candidates(evaluated), Results.amounts(budget), tieOrder);
    }

    /**
     * @param tieOrder the panel's note: among proposals tied on total, excellence and impact, those
     *        named come first in this order (the others after them, by id)
     */
    public static Outcome select(List<Candidate> candidates, Map<String, BigDecimal> budget, List<String> tieOrder) {
        List<Candidate> ranked = new ArrayList<>(candidates.size());
        List<String> rejected = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.passed()) {
                ranked.add(candidate);
            } else {
                rejected.add(candidate.proposalId());
            }
        }
        ranked.sort(tieOrder.isEmpty() ? RANKING : ranking(tieOrder));
        Map<String, BigDecimal> remaining = new HashMap<>(budget);
        List<Ranked> selected = new ArrayList<>();
        List<Ranked> reserve = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate candidate = ranked.get(i);
            if (fits(candidate, remaining)) {
                candidate.requestedPerSide().forEach((side, amount) -> remaining.merge(side, amount, BigDecimal::subtract));
                selected.add(new Ranked(candidate, i + 1));
            } else {
                reserve.add(new Ranked(candidate, i + 1));
            }
        }
        rejected.sort(Comparator.naturalOrder());
        return new Outcome(selected, reserve, rejected, spent(budget, remaining));
    }

    /** Total, excellence, impact (best first), then the panel's order of ties, then id. */
    static Comparator<Candidate> ranking(List<String> tieOrder) {
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < tieOrder.size(); i++) {
            position.put(tieOrder.get(i), i);
        }
        return Comparator.comparing(Candidate::total).thenComparing(Candidate::excellence)
                .thenComparing(Candidate::impact).reversed()
                .thenComparing(c -> position.getOrDefault(c.proposalId(), Integer.MAX_VALUE))
                .thenComparing(Candidate::proposalId);
    }

    private static boolean fits(Candidate candidate, Map<String, BigDecimal> remaining) {
        for (Map.Entry<String, BigDecimal> request : candidate.requestedPerSide().entrySet()) {
            BigDecimal left = remaining.get(request.getKey());
            if (left == null || left.compareTo(request.getValue()) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, BigDecimal> spent(Map<String, BigDecimal> budget, Map<String, BigDecimal> remaining) {
        Map<String, BigDecimal> spent = new TreeMap<>();
        budget.forEach((side, total) -> spent.put(side, total.subtract(remaining.get(side))));
        return spent;
    }

    /**
     * An evaluated proposal as the selection sees it.
     *
     * @param requestedPerSide the sum of its funded partners' requests per side
     */
    public record Candidate(String proposalId, BigDecimal excellence, BigDecimal impact, BigDecimal total,
            boolean passed, Map<String, BigDecimal> requestedPerSide) {
    }

    /** A candidate and its place in the ranking (1 for the best). */
    public record Ranked(Candidate candidate, int rank) {
    }

    /**
     * @param selected and {@code reserve}: best first
     * @param rejected the ids of the candidates below threshold
     * @param selectedPerSide what the selected proposals request per side
     */
    public record Outcome(List<Ranked> selected, List<Ranked> reserve, List<String> rejected,
            Map<String, BigDecimal> selectedPerSide) {
    }
}

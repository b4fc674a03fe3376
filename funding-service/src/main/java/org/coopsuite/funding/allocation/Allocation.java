package org.coopsuite.funding.allocation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks a ranking best first and decides, per proposal and side, whether the side's share is
 * allocated or short. Ranking order is strict per side: once a side is short on a proposal, the
 * money it has left is held for that proposal, so every later share of that side is short too
 * (its whole share missing). That keeps the missing amounts honest: topping a side up by what its
 * first shortfall misses funds exactly that proposal, never a worse-ranked one first.
 */
public final class Allocation {

    /** One decision of a walk. */
    public sealed interface Step permits Allocate, Short, Resolve {
    }

    /** Allocate the side's share of the proposal to its partners. */
    public record Allocate(ProposalShares proposal, String side, boolean fromReserve) implements Step {
    }

    /** The side cannot cover its share of the proposal: this much is missing. */
    public record Short(ProposalShares proposal, String side, BigDecimal missing) implements Step {
    }

    /** A top-up covers an open shortfall: allocate its share now. */
    public record Resolve(Shortfall shortfall) implements Step {
    }

    private static final Comparator<ProposalShares> BY_RANK = Comparator.comparingInt(ProposalShares::rank);

    private final Budget budget;
    private final Set<String> blocked = new HashSet<>();
    private final List<Step> steps = new ArrayList<>();

    private Allocation(Budget budget) {
        this.budget = budget;
    }

    /** The results: every selected proposal, best first, each side's share allocated or short. */
    public static List<Step> ofSelected(Budget budget, List<ProposalShares> selected) {
        Allocation walk = new Allocation(budget);
        selected.stream().sorted(BY_RANK).forEach(walk::allocateOrShort);
        return walk.steps;
    }

    /**
     * After a top-up: open shortfalls first, in ranking order, then the reserve list in ranking
     * order, a reserve proposal being funded only when every side can cover its share (as the call
     * selected: one that cannot is passed over, the next may fit).
     */
    public static List<Step> afterTopUp(Budget budget, List<Shortfall> open, List<ProposalShares> reserve) {
        Allocation walk = new Allocation(budget);
        open.stream().sorted(Comparator.comparingInt(Shortfall::rank).thenComparing(Shortfall::side))
                .forEach(walk::resolveIfCovered);
        reserve.stream().sorted(BY_RANK).forEach(walk::fundIfEverySideCovers);
        return walk.steps;
    }

    private void allocateOrShort(ProposalShares proposal) {
        for (String side : proposal.sides()) {
            Map<String, BigDecimal> share = Map.of(side, proposal.share(side));
            if (!blocked.contains(side) && budget.covers(share)) {
                budget.spend(share);
                steps.add(new Allocate(proposal, side, false));
            } else {
                BigDecimal missing = blocked.contains(side) ? proposal.share(side) : budget.missing(side, proposal.share(side));
                steps.add(new Short(proposal, side, missing));
                blocked.add(side);
            }
        }
    }

    private void resolveIfCovered(Shortfall shortfall) {
        Map<String, BigDecimal> share = Map.of(shortfall.side(), ProposalShares.sum(shortfall.partners()));
        if (!blocked.contains(shortfall.side()) && budget.covers(share)) {
            budget.spend(share);
            steps.add(new Resolve(shortfall));
        } else {
            blocked.add(shortfall.side());
        }
    }

    private void fundIfEverySideCovers(ProposalShares proposal) {
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        proposal.sides().forEach(side -> shares.put(side, proposal.share(side)));
        if (shares.keySet().stream().noneMatch(blocked::contains) && budget.covers(shares)) {
            budget.spend(shares);
            proposal.sides().forEach(side -> steps.add(new Allocate(proposal, side, true)));
        }
    }
}

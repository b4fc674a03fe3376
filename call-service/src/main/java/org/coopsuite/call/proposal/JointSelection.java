package org.coopsuite.call.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.call.call.CallResults;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.RankedProposal;

/**
 * JST's co-funding rule for a coordinated call, a pure function: each side selected proposals for
 * its own partners; a proposal is selected only when every side with a funded partner in it
 * selected it. The selected keep their place in the panel ranking; the others that passed are not
 * selected (listed with the rejected, as the results event has it), none go to a reserve.
 */
final class JointSelection {

    private JointSelection() {
    }

    static CallResults coordinated(List<Proposal> evaluated, Map<String, List<String>> sideSelections,
            List<String> tieOrder, Map<String, Money> budget) {
        List<Selection.Candidate> ranked = new ArrayList<>(Results.candidates(evaluated).stream()
                .filter(Selection.Candidate::passed).toList());
        ranked.sort(Selection.ranking(tieOrder));
        Map<String, Proposal> byId = new TreeMap<>();
        evaluated.forEach(p -> byId.put(p.id(), p));
        List<RankedProposal> selected = new ArrayList<>();
        List<String> rejected = new ArrayList<>(evaluated.stream().filter(p -> !p.passedThresholds()).map(Proposal::id)
                .sorted().toList());
        Map<String, BigDecimal> spent = new TreeMap<>();
        budget.keySet().forEach(side -> spent.put(side, BigDecimal.ZERO));
        for (int i = 0; i < ranked.size(); i++) {
            Selection.Candidate candidate = ranked.get(i);
            boolean everySide = candidate.requestedPerSide().keySet().stream().allMatch(side ->
                    sideSelections.getOrDefault(side, List.of()).contains(candidate.proposalId()));
            if (everySide) {
                selected.add(Results.ranked(byId.get(candidate.proposalId()), i + 1));
                candidate.requestedPerSide().forEach((side, amount) -> spent.merge(side, amount, BigDecimal::add));
            } else {
                rejected.add(candidate.proposalId());
            }
        }
        Map<String, Money> selectedPerSide = new TreeMap<>();
        spent.forEach((side, amount) -> selectedPerSide.put(side, new Money(amount, budget.get(side).currency())));
        return new CallResults(selected, List.of(), rejected, selectedPerSide);
    }

    /** What a side's partners request in these proposals, from that side. */
    static BigDecimal requestedFrom(String side, List<Proposal> chosen) {
        return chosen.stream().map(p -> Eligibility.requestedPerSide(p.consortium()).get(side))
                .filter(java.util.Objects::nonNull).map(Money::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

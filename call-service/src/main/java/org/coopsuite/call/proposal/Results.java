package org.coopsuite.call.proposal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopsuite.call.call.CallResults;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.RankedProposal;

/** Turns the selection's outcome over plain values back into the call's published results. */
final class Results {

    private Results() {
    }

    /** The evaluated proposals as the selection sees them. */
    static List<Selection.Candidate> candidates(List<Proposal> evaluated) {
        return evaluated.stream().map(p -> new Selection.Candidate(p.id(), p.scores().excellence(), p.scores().impact(),
                p.scores().total(), p.passedThresholds(), amounts(Eligibility.requestedPerSide(p.consortium()))))
                .toList();
    }

    static Map<String, BigDecimal> amounts(Map<String, Money> perSide) {
        Map<String, BigDecimal> amounts = new TreeMap<>();
        perSide.forEach((side, money) -> amounts.put(side, money.amount()));
        return amounts;
    }

    static CallResults of(Selection.Outcome outcome, List<Proposal> evaluated, Map<String, Money> budget) {
        Map<String, Proposal> byId = evaluated.stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
        Map<String, Money> selectedPerSide = new TreeMap<>();
        outcome.selectedPerSide().forEach((side, amount) ->
                selectedPerSide.put(side, new Money(amount, budget.get(side).currency())));
        return new CallResults(ranked(outcome.selected(), byId), ranked(outcome.reserve(), byId), outcome.rejected(),
                selectedPerSide);
    }

    private static List<RankedProposal> ranked(List<Selection.Ranked> ranked, Map<String, Proposal> byId) {
        return ranked.stream().map(r -> {
            Proposal p = byId.get(r.candidate().proposalId());
            return RankedProposal.newBuilder().setProposalId(p.id()).setAcronym(p.acronym()).setRank(r.rank())
                    .setTotal(Scores.text(p.scores().total())).setConsortium(ProposalEvents.consortium(p.consortium()))
                    .setRequestedPerSide(Money.toEvent(Eligibility.requestedPerSide(p.consortium())))
                    .setOpenAccessStatement(p.openAccessStatement()).build();
        }).toList();
    }
}

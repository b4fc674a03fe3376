package org.coopsuite.call.proposal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallResults;
import org.coopsuite.call.call.Deliberation;
import org.coopsuite.call.call.ResultEntry;
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

    /** The results a joint call's sides approved, as they were proposed, from its proposals. */
    static CallResults fromProposed(Call call, List<Proposal> all) {
        Map<String, Proposal> byId = all.stream().collect(Collectors.toMap(Proposal::id, Function.identity()));
        Deliberation proposed = call.deliberation();
        List<RankedProposal> selected = proposed.proposed().stream().filter(ResultEntry::selected)
                .map(e -> ranked(byId.get(e.proposalId()), e.rank())).toList();
        List<RankedProposal> reserve = proposed.proposed().stream().filter(e -> !e.selected())
                .map(e -> ranked(byId.get(e.proposalId()), e.rank())).toList();
        return new CallResults(selected, reserve, proposed.proposedRejected(), proposed.proposedSelectedPerSide());
    }

    /** A proposal as the results carry it, at its rank, with its consortium's requests. */
    static RankedProposal ranked(Proposal p, int rank) {
        return RankedProposal.newBuilder().setProposalId(p.id()).setAcronym(p.acronym()).setRank(rank)
                .setTotal(Scores.text(p.scores().total())).setConsortium(ProposalEvents.consortium(p.consortium()))
                .setRequestedPerSide(Money.toEvent(Eligibility.requestedPerSide(p.consortium())))
                .setOpenAccessStatement(p.openAccessStatement()).build();
    }

    private static List<RankedProposal> ranked(List<Selection.Ranked> ranked, Map<String, Proposal> byId) {
        return ranked.stream().map(r -> ranked(byId.get(r.candidate().proposalId()), r.rank())).toList();
    }
}

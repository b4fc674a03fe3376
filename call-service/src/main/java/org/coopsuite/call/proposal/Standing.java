package org.coopsuite.call.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.ResultEntry;

/**
 * Where a proposal stands in its call: its own state, or once the results are published what
 * they say of it (SELECTED or RESERVE with its rank, REJECTED).
 */
public record Standing(Proposal proposal, ProposalState state, Integer rank) {

    /** The standing of each of a call's proposals, in their order. */
    public static List<Standing> of(Call call, List<Proposal> proposals) {
        Map<String, ResultEntry> results = call.results().stream()
                .collect(Collectors.toMap(ResultEntry::proposalId, Function.identity()));
        List<String> rejected = call.rejected();
        return proposals.stream().map(p -> {
            ResultEntry entry = results.get(p.id());
            if (entry != null) {
                return new Standing(p, entry.selected() ? ProposalState.SELECTED : ProposalState.RESERVE, entry.rank());
            }
            return new Standing(p, rejected.contains(p.id()) ? ProposalState.REJECTED : p.state(), null);
        }).toList();
    }
}

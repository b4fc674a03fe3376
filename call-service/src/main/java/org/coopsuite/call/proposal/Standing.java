package org.coopsuite.call.proposal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.ResultEntry;
import org.coopsuite.schemas.common.CallModality;

/**
 * Where a proposal stands in its call: its own state, or once the results are published what
 * they say of it (SELECTED or RESERVE with its rank, REJECTED; NOT_SELECTED in a coordinated call
 * for one above threshold that a side did not select); a proposal that joined the reserve after
 * its redress is RESERVE at the rank it joined at.
 */
public record Standing(Proposal proposal, ProposalState state, Integer rank) {

    /** The standing of each of a call's proposals, in their order. */
    public static List<Standing> of(Call call, List<Proposal> proposals) {
        Map<String, ResultEntry> results = call.results().stream()
                .collect(Collectors.toMap(ResultEntry::proposalId, Function.identity()));
        List<String> rejected = call.rejected();
        boolean coordinated = call.modality() == CallModality.COORDINATED;
        return proposals.stream().map(p -> {
            ResultEntry entry = results.get(p.id());
            if (p.reserveRank() != null) {
                return new Standing(p, ProposalState.RESERVE, p.reserveRank());
            }
            if (entry != null) {
                return new Standing(p, entry.selected() ? ProposalState.SELECTED : ProposalState.RESERVE, entry.rank());
            }
            if (rejected.contains(p.id())) {
                return new Standing(p, coordinated && p.passedThresholds() ? ProposalState.NOT_SELECTED
                        : ProposalState.REJECTED, null);
            }
            return new Standing(p, p.state(), null);
        }).toList();
    }
}

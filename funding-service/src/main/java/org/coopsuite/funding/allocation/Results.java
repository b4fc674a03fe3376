package org.coopsuite.funding.allocation;

import java.util.List;

/** A call's published results as allocation needs them: the selected proposals and the reserve list, each best first. */
public record Results(List<ProposalShares> selected, List<ProposalShares> reserve) {

    public Results {
        selected = List.copyOf(selected);
        reserve = List.copyOf(reserve);
    }
}

package org.coopsuite.funding.allocation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A ranked proposal of a call's results as co-funding sees it: for each side, that side's funded
 * partners and their requests (self-funded partners request nothing and are left out).
 */
public record ProposalShares(String proposalId, int rank, Map<String, List<PartnerRequest>> partnersBySide) {

    public ProposalShares {
        partnersBySide = Map.copyOf(partnersBySide);
    }

    /** The sides with something to fund in this proposal, in the order of their codes. */
    public List<String> sides() {
        return partnersBySide.keySet().stream().filter(side -> share(side).signum() > 0).sorted().toList();
    }

    /** What the side's partners request in all, in the side's currency. */
    public BigDecimal share(String side) {
        return sum(partnersBySide.getOrDefault(side, List.of()));
    }

    public List<PartnerRequest> partners(String side) {
        return partnersBySide.getOrDefault(side, List.of());
    }

    public static BigDecimal sum(List<PartnerRequest> partners) {
        return partners.stream().map(p -> p.amount().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

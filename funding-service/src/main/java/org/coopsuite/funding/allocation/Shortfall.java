package org.coopsuite.funding.allocation;

import java.util.List;

import org.coopsuite.platform.domain.Money;

/**
 * A side that could not cover its partners' requests in a selected proposal: what was missing when
 * it was found, and the partners to fund once a top-up covers it.
 */
public record Shortfall(String id, String proposalId, int rank, String side, Money missing,
        List<PartnerRequest> partners, boolean resolved) {

    public Shortfall resolve() {
        return new Shortfall(id, proposalId, rank, side, missing, partners, true);
    }
}

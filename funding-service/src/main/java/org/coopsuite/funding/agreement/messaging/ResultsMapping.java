package org.coopsuite.funding.agreement.messaging;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.funding.allocation.PartnerRequest;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.Partner;
import org.coopsuite.schemas.call.RankedProposal;

/** Reads a call's published results as allocation needs them: per proposal, each side's funded partners. */
final class ResultsMapping {

    private ResultsMapping() {
    }

    static Results results(CallResultsPublished published) {
        return new Results(published.getSelected().stream().map(ResultsMapping::shares).toList(),
                published.getReserve().stream().map(ResultsMapping::shares).toList());
    }

    /** Self-funded partners bring their own money: they request nothing and get nothing. */
    static ProposalShares shares(RankedProposal proposal) {
        Map<String, List<PartnerRequest>> bySide = new LinkedHashMap<>();
        for (Partner partner : proposal.getConsortium()) {
            if (partner.getSelfFunded() || partner.getRequested() == null) {
                continue;
            }
            bySide.computeIfAbsent(partner.getSide(), side -> new ArrayList<>())
                    .add(new PartnerRequest(partner.getOrganisation(), Money.fromEvent(partner.getRequested())));
        }
        return new ProposalShares(proposal.getProposalId(), proposal.getRank(), bySide);
    }
}

package org.coopsuite.call.funding;

import java.util.HashMap;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.View;

/**
 * What call-service knows of one call's co-funding, from funding-service's events: whether it is
 * secured, each side's commitment, which is the budget the call's selection may spend, and what
 * each proposal was granted or is short of, from which its funding outcome follows.
 * One view per call (its id is the call id).
 */
public class FundingView extends View {

    private String agreementId;
    private boolean secured;
    private Map<String, Money> committed = new HashMap<>();
    private Map<String, ProposalFunding> proposals = new HashMap<>();

    FundingView() {
    }

    FundingView(String callId) {
        super(callId);
    }

    public String getAgreementId() {
        return agreementId;
    }

    public boolean isSecured() {
        return secured;
    }

    /** Each side's total commitment after the latest change. */
    public Map<String, Money> getCommitted() {
        return committed;
    }

    /** What each proposal was granted and which sides it is short of, by proposal id. */
    public Map<String, ProposalFunding> getProposals() {
        return proposals;
    }

    /** How many of the call's proposals are funded in full, from the selection or the reserve. */
    public long getFundedCount() {
        return proposals.values().stream().filter(p -> p.getOutcome() != FundingOutcome.PARTIALLY_FUNDED).count();
    }

    /** How many are short of at least one side's share. */
    public long getPartiallyFundedCount() {
        return proposals.values().stream().filter(p -> p.getOutcome() == FundingOutcome.PARTIALLY_FUNDED).count();
    }

    void granted(String proposalId, String side, Money amount, boolean fromReserve) {
        proposals.computeIfAbsent(proposalId, id -> new ProposalFunding()).granted(side, amount, fromReserve);
    }

    void shortOf(String proposalId, String side, boolean isShort) {
        proposals.computeIfAbsent(proposalId, id -> new ProposalFunding()).shortOf(side, isShort);
    }

    void committed(String agreement, String side, Money sideCommitted) {
        agreementId = agreement;
        committed.put(side, sideCommitted);
    }

    void secured(String agreement, Map<String, Money> perSide) {
        agreementId = agreement;
        secured = true;
        committed.putAll(perSide);
    }
}

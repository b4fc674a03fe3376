package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.coopsuite.funding.allocation.Grant;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Shortfall;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;

/**
 * What the allocation made of an agreement: its grants, its shortfalls and its reserve, each
 * change recording its event. A superclass of {@link Agreement}, as {@link AgreementTerms} is, so
 * that the fields stay where they were in the stored document.
 */
abstract class AgreementOutcome extends AgreementTerms {

    private List<Grant> grants = new ArrayList<>();
    private List<Shortfall> shortfalls = new ArrayList<>();
    private List<ProposalShares> reserve = new ArrayList<>();

    AgreementOutcome() {
    }

    // The allocation's changes, made by AgreementAllocation: each records its event.

    void addGrant(Grant grant, EventContext context) {
        grants.add(grant);
        record(AgreementEvents.grantAllocated(nextMeta("GrantAllocated", context), this, grant));
    }

    void addShortfall(Shortfall shortfall, EventContext context) {
        shortfalls.add(shortfall);
        record(AgreementEvents.shortfallDetected(nextMeta("FundingShortfallDetected", context), this, shortfall));
    }

    void resolve(Shortfall shortfall, EventContext context) {
        shortfalls.set(shortfalls.indexOf(shortfall), shortfall.resolve());
        record(AgreementEvents.shortfallResolved(nextMeta("FundingShortfallResolved", context), this, shortfall));
    }

    void completeAllocation(List<ProposalShares> reserveList, int grantCount, int shortfallCount, EventContext context) {
        reserve = new ArrayList<>(reserveList);
        record(AgreementEvents.allocationCompleted(nextMeta("AllocationCompleted", context), this, grantCount,
                shortfallCount));
    }

    void addToReserve(ProposalShares proposal) {
        reserve.add(proposal);
    }

    void fundedFromReserve(ProposalShares proposal) {
        reserve.remove(proposal);
    }

    /** Everything allocated to the side's partners, in its currency. */
    public Money allocated(String side) {
        BigDecimal sum = grants.stream().filter(g -> g.side().equals(side)).map(g -> g.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Money(sum, currencyOf(side));
    }

    public List<Grant> grants() {
        return List.copyOf(grants);
    }

    public List<Shortfall> shortfalls() {
        return List.copyOf(shortfalls);
    }

    /** The reserve proposals not funded yet, best first. */
    public List<ProposalShares> reserve() {
        return List.copyOf(reserve);
    }
}

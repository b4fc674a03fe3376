package org.coopsuite.funding.agreement;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.coopsuite.schemas.funding.PartnerAllocation;

/** Maps the agreement's values to their form in the published events, for the longer events. */
final class AgreementEvents {

    private AgreementEvents() {
    }

    static GrantAllocated grantAllocated(EventMeta meta, Agreement agreement, Grant grant) {
        return GrantAllocated.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setProposalId(grant.proposalId()).setSide(grant.side()).setAmount(grant.amount().toEvent())
                .setPartners(partners(grant.partners())).setFromReserve(grant.fromReserve())
                .setStrategicAreas(agreement.strategicAreas()).setClimateCoefficient(agreement.climateCoefficient())
                .build();
    }

    static FundingShortfallDetected shortfallDetected(EventMeta meta, Agreement agreement, Shortfall shortfall) {
        return FundingShortfallDetected.newBuilder().setMeta(meta).setAgreementId(agreement.id())
                .setCallId(agreement.callId()).setShortfallId(shortfall.id()).setProposalId(shortfall.proposalId())
                .setSide(shortfall.side()).setMissing(shortfall.missing().toEvent())
                .setStrategicAreas(agreement.strategicAreas()).build();
    }

    static FundingShortfallResolved shortfallResolved(EventMeta meta, Agreement agreement, Shortfall shortfall) {
        return FundingShortfallResolved.newBuilder().setMeta(meta).setAgreementId(agreement.id())
                .setCallId(agreement.callId()).setShortfallId(shortfall.id()).setProposalId(shortfall.proposalId())
                .setSide(shortfall.side()).build();
    }

    static AllocationCompleted allocationCompleted(EventMeta meta, Agreement agreement, Map<String, Money> perSide,
            int grants, int shortfalls) {
        return AllocationCompleted.newBuilder().setMeta(meta).setAgreementId(agreement.id())
                .setCallId(agreement.callId()).setAllocatedPerSide(Money.toEvent(perSide)).setGrants(grants)
                .setShortfalls(shortfalls).build();
    }

    private static List<PartnerAllocation> partners(List<PartnerRequest> partners) {
        return partners.stream().map(p -> PartnerAllocation.newBuilder().setOrganisation(p.organisation())
                .setAmount(p.amount().toEvent()).build()).toList();
    }
}

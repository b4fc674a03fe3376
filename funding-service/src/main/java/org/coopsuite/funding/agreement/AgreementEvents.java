package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.funding.allocation.Grant;
import org.coopsuite.funding.allocation.PartnerRequest;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Shortfall;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.funding.AgreementClosed;
import org.coopsuite.schemas.funding.AgreementLapsed;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanismChosen;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.coopsuite.schemas.funding.PartnerAllocation;
import org.coopsuite.schemas.funding.ReserveProposalAdded;

/** The published events of an agreement's transitions, its values in their published form. */
final class AgreementEvents {

    private AgreementEvents() {
    }

    static AgreementOpened opened(EventMeta meta, Agreement agreement) {
        return AgreementOpened.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setParticipatingSides(agreement.participatingSides())
                .setIndicativeBudget(Money.toEvent(agreement.indicativeBudget()))
                .setStrategicAreas(agreement.strategicAreas()).setClimateCoefficient(agreement.climateCoefficient())
                .setMechanism(agreement.mechanism()).build();
    }

    static FundingMechanismChosen mechanismChosen(EventMeta meta, Agreement agreement) {
        return FundingMechanismChosen.newBuilder().setMeta(meta).setAgreementId(agreement.id())
                .setCallId(agreement.callId()).setMechanism(agreement.mechanism())
                .setAgreementCurrency(agreement.agreementCurrency())
                .setPooledSharePercent(agreement.pooledSharePercent()).build();
    }

    /** Secured with what every side has committed by now. */
    static CoFundingSecured secured(EventMeta meta, Agreement agreement) {
        Map<String, Money> secured = new LinkedHashMap<>();
        agreement.participatingSides().forEach(side -> secured.put(side, agreement.committed(side)));
        return CoFundingSecured.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setSecured(Money.toEvent(secured)).setMechanism(agreement.mechanism()).build();
    }

    static AgreementLapsed lapsed(EventMeta meta, Agreement agreement, String reason) {
        return AgreementLapsed.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setReason(reason).build();
    }

    static AgreementClosed closed(EventMeta meta, Agreement agreement) {
        return AgreementClosed.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .build();
    }

    static FundingCommitted committed(EventMeta meta, Agreement agreement, Commitment commitment) {
        return FundingCommitted.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setCommitmentId(commitment.id()).setSide(commitment.side()).setAgency(commitment.agency())
                .setAmount(commitment.amount().toEvent()).setCommittedOn(commitment.committedOn())
                .setRateToAgreementCurrency(plain(commitment.rateToAgreementCurrency()))
                .setSideCommitted(agreement.committed(commitment.side()).toEvent()).build();
    }

    /** @param commitment the commitment as it was before the top-up (its id, side and agency) */
    static FundingToppedUp toppedUp(EventMeta meta, Agreement agreement, Commitment commitment, Money added,
            LocalDate on, BigDecimal rate) {
        return FundingToppedUp.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setCommitmentId(commitment.id()).setSide(commitment.side()).setAgency(commitment.agency())
                .setAdded(added.toEvent()).setToppedUpOn(on).setRateToAgreementCurrency(plain(rate))
                .setSideCommitted(agreement.committed(commitment.side()).toEvent()).build();
    }

    static FundingWithdrawn withdrawn(EventMeta meta, Agreement agreement, Commitment commitment, Money withdrawn,
            LocalDate on) {
        return FundingWithdrawn.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setCommitmentId(commitment.id()).setSide(commitment.side()).setAgency(commitment.agency())
                .setWithdrawn(withdrawn.toEvent()).setWithdrawnOn(on)
                .setSideCommitted(agreement.committed(commitment.side()).toEvent()).build();
    }

    static GrantAllocated grantAllocated(EventMeta meta, AgreementTerms agreement, Grant grant) {
        return GrantAllocated.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setProposalId(grant.proposalId()).setSide(grant.side()).setAmount(grant.amount().toEvent())
                .setPartners(partners(grant.partners())).setFromReserve(grant.fromReserve())
                .setStrategicAreas(agreement.strategicAreas()).setClimateCoefficient(agreement.climateCoefficient())
                .build();
    }

    static FundingShortfallDetected shortfallDetected(EventMeta meta, AgreementTerms agreement, Shortfall shortfall) {
        return FundingShortfallDetected.newBuilder().setMeta(meta).setAgreementId(agreement.id())
                .setCallId(agreement.callId()).setShortfallId(shortfall.id()).setProposalId(shortfall.proposalId())
                .setSide(shortfall.side()).setMissing(shortfall.missing().toEvent())
                .setStrategicAreas(agreement.strategicAreas()).build();
    }

    static FundingShortfallResolved shortfallResolved(EventMeta meta, AgreementTerms agreement, Shortfall shortfall) {
        return FundingShortfallResolved.newBuilder().setMeta(meta).setAgreementId(agreement.id())
                .setCallId(agreement.callId()).setShortfallId(shortfall.id()).setProposalId(shortfall.proposalId())
                .setSide(shortfall.side()).build();
    }

    /** Completed with what every side's partners have been allocated by now. */
    static ReserveProposalAdded reserveProposalAdded(EventMeta meta, AgreementTerms agreement, ProposalShares proposal) {
        return ReserveProposalAdded.newBuilder().setMeta(meta).setAgreementId(agreement.id()).setCallId(agreement.callId())
                .setProposalId(proposal.proposalId()).setRank(proposal.rank()).build();
    }

    static AllocationCompleted allocationCompleted(EventMeta meta, AgreementOutcome agreement, int grants, int shortfalls) {
        Map<String, Money> perSide = new LinkedHashMap<>();
        agreement.participatingSides().forEach(side -> perSide.put(side, agreement.allocated(side)));
        return AllocationCompleted.newBuilder().setMeta(meta).setAgreementId(agreement.id())
                .setCallId(agreement.callId()).setAllocatedPerSide(Money.toEvent(perSide)).setGrants(grants)
                .setShortfalls(shortfalls).build();
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? null : amount.toPlainString();
    }

    private static List<PartnerAllocation> partners(List<PartnerRequest> partners) {
        return partners.stream().map(p -> PartnerAllocation.newBuilder().setOrganisation(p.organisation())
                .setAmount(p.amount().toEvent()).build()).toList();
    }
}

package org.coopsuite.dialogue.overview;

import java.time.Instant;
import java.util.List;

import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallOpened;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.GrantAllocated;

/**
 * The events of one climate call, as call-service and funding-service publish them: drafted with
 * 40 % climate coefficient, opened, two proposals, results with one selected, an agreement with
 * commitments per side, one allocation per side, and two shortfalls of which one is resolved.
 */
final class OverviewEvents {

    final String call;
    final String agreement;
    final Instant at;

    OverviewEvents(String call, Instant at) {
        this.call = call;
        this.agreement = "agr-" + call;
        this.at = at;
    }

    CallDrafted drafted() {
        return CallDrafted.newBuilder().setMeta(meta("CallDrafted", "Call", call, 1)).setCallId(call)
                .setTitle("Climate-resilient cities").setModality(CallModality.JOINT).setParticipatingSides(List.of("EU", "JP"))
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setTopics(List.of("Urban heat"))
                .setIndicativeBudget(List.of(side("EU", "5000000.00", "EUR"), side("JP", "800000000", "JPY")))
                .setClimateCoefficient(40).build();
    }

    CallOpened opened() {
        return CallOpened.newBuilder().setMeta(meta("CallOpened", "Call", call, 2)).setCallId(call)
                .setOpenedOn(java.time.LocalDate.of(2026, 3, 1)).setDeadline(java.time.LocalDate.of(2026, 6, 1)).build();
    }

    ProposalSubmitted submitted(String proposal) {
        return ProposalSubmitted.newBuilder().setMeta(meta("ProposalSubmitted", "Proposal", proposal, 1)).setProposalId(proposal)
                .setCallId(call).setAcronym(proposal.toUpperCase()).setTitle("Cooling " + proposal).setConsortium(List.of())
                .setOpenAccessStatement("Data in Zenodo under CC-BY 4.0").setTwinnedProjects(List.of()).build();
    }

    CallResultsPublished results(String selected) {
        return results(List.of(selected), List.of());
    }

    /** Results with these selected and reserve proposals, best first; the first is HEAT*SHIELD. */
    CallResultsPublished results(List<String> selected, List<String> reserve) {
        List<RankedProposal> ranked = new java.util.ArrayList<>();
        for (String proposal : selected) {
            ranked.add(ranked(proposal, ranked.size() + 1));
        }
        List<RankedProposal> reserveList = new java.util.ArrayList<>();
        for (String proposal : reserve) {
            reserveList.add(ranked(proposal, ranked.size() + reserveList.size() + 1));
        }
        return CallResultsPublished.newBuilder().setMeta(meta("CallResultsPublished", "Call", call, 3)).setCallId(call)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setSelected(ranked).setReserve(reserveList).setRejected(List.of())
                .setSelectedPerSide(ranked.get(0).getRequestedPerSide()).build();
    }

    private static RankedProposal ranked(String proposal, int rank) {
        return RankedProposal.newBuilder().setProposalId(proposal).setAcronym(rank == 1 ? "HEAT*SHIELD" : proposal.toUpperCase())
                .setRank(rank).setTotal("13.5").setConsortium(List.of())
                .setRequestedPerSide(List.of(side("EU", "1200000.00", "EUR"), side("JP", "150000000", "JPY")))
                .setOpenAccessStatement(rank == 1 ? "Data in Zenodo under CC-BY 4.0" : "Code on <GitHub> & data in Zenodo")
                .build();
    }

    GrantAllocated allocatedFromReserve(long version, String proposal, String side, String amount, String currency) {
        return GrantAllocated.newBuilder(allocated(version, proposal, side, amount, currency)).setFromReserve(true).build();
    }

    AgreementOpened agreementOpened() {
        return AgreementOpened.newBuilder().setMeta(meta("AgreementOpened", "Agreement", agreement, 1))
                .setAgreementId(agreement).setCallId(call).setParticipatingSides(List.of("EU", "JP"))
                .setIndicativeBudget(List.of(side("EU", "5000000.00", "EUR"), side("JP", "800000000", "JPY")))
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(40)
                .setMechanism(FundingMechanism.VIRTUAL_COMMON_POT).build();
    }

    FundingCommitted committed(long version, String side, String amount, String currency) {
        return FundingCommitted.newBuilder().setMeta(meta("FundingCommitted", "Agreement", agreement, version))
                .setAgreementId(agreement).setCallId(call).setCommitmentId("c-" + version).setSide(side).setAgency(agencyOf(side))
                .setAmount(money(amount, currency)).setCommittedOn(java.time.LocalDate.of(2026, 2, 1))
                .setSideCommitted(money(amount, currency)).build();
    }

    FundingToppedUp toppedUp(long version, String side, String added, String total, String currency) {
        return FundingToppedUp.newBuilder().setMeta(meta("FundingToppedUp", "Agreement", agreement, version))
                .setAgreementId(agreement).setCallId(call).setCommitmentId("c-1").setSide(side).setAgency(agencyOf(side))
                .setAdded(money(added, currency)).setToppedUpOn(java.time.LocalDate.of(2026, 7, 1))
                .setSideCommitted(money(total, currency)).build();
    }

    GrantAllocated allocated(long version, String proposal, String side, String amount, String currency) {
        return GrantAllocated.newBuilder().setMeta(meta("GrantAllocated", "Agreement", agreement, version))
                .setAgreementId(agreement).setCallId(call).setProposalId(proposal).setSide(side)
                .setAmount(money(amount, currency)).setPartners(List.of()).setFromReserve(false)
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(40).build();
    }

    FundingShortfallDetected shortfall(long version, String shortfall) {
        return FundingShortfallDetected.newBuilder().setMeta(meta("FundingShortfallDetected", "Agreement", agreement, version))
                .setAgreementId(agreement).setCallId(call).setShortfallId(shortfall).setProposalId("p-x").setSide("JP")
                .setMissing(money("1000000", "JPY")).setStrategicAreas(List.of("CLIMATE_CHANGE")).build();
    }

    FundingShortfallResolved resolved(long version, String shortfall) {
        return FundingShortfallResolved.newBuilder().setMeta(meta("FundingShortfallResolved", "Agreement", agreement, version))
                .setAgreementId(agreement).setCallId(call).setShortfallId(shortfall).setProposalId("p-x").setSide("JP").build();
    }

    private org.coopsuite.schemas.common.EventMeta meta(String type, String aggregateType, String id, long version) {
        return new EventContext(at, "corr-" + call, null, "test").meta(type, aggregateType, id, version);
    }

    /** A funding agency of the side in the platform's reference data: a consumer parks an event of any other. */
    static String agencyOf(String side) {
        return switch (side) {
            case "EU" -> "REA";
            case "JP" -> "JST";
            case "KR" -> "NRF";
            default -> throw new IllegalArgumentException("no agency of side " + side + " in the reference data");
        };
    }

    static SideAmount side(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side).setAmount(money(amount, currency)).build();
    }

    static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(amount).setCurrency(currency).build();
    }
}

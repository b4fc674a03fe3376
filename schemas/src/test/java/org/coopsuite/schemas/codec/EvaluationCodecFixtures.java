package org.coopsuite.schemas.codec;

import static org.coopsuite.schemas.codec.CodecFixtures.meta;

import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.call.CallReserveExtended;
import org.coopsuite.schemas.call.CallResultsApproved;
import org.coopsuite.schemas.call.CallResultsProposed;
import org.coopsuite.schemas.call.CallResultsReturned;
import org.coopsuite.schemas.call.ConsensusReached;
import org.coopsuite.schemas.call.Expert;
import org.coopsuite.schemas.call.ExpertAssigned;
import org.coopsuite.schemas.call.IndividualEvaluationSubmitted;
import org.coopsuite.schemas.call.PanelAppointed;
import org.coopsuite.schemas.call.PanelTiesOrdered;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.call.RedressDecided;
import org.coopsuite.schemas.call.RedressRequested;
import org.coopsuite.schemas.call.SideSelectionDecided;

/** The events of panels, consensus, joint selection and redress (issue 23), one of each type, funding's reserve too. */
final class EvaluationCodecFixtures {

    private EvaluationCodecFixtures() {
    }

    static List<SpecificRecord> oneOfEachType() {
        Expert expert = Expert.newBuilder().setExpertId("expert-eu-1").setSide("EU").setOrganisation("KU Leuven").build();
        return List.of(
                PanelAppointed.newBuilder().setMeta(meta("PanelAppointed", "Call", "call-1", 3)).setCallId("call-1")
                        .setExperts(List.of(expert)).setRequiredEvaluations(3).setCriterionThreshold("3")
                        .setTotalThreshold("10").build(),
                ExpertAssigned.newBuilder().setMeta(meta("ExpertAssigned", "Proposal", "prop-1", 3))
                        .setProposalId("prop-1").setCallId("call-1").setExpert(expert).setRound(1).build(),
                IndividualEvaluationSubmitted.newBuilder().setMeta(meta("IndividualEvaluationSubmitted", "Proposal",
                        "prop-1", 4)).setProposalId("prop-1").setCallId("call-1").setExpertId("expert-eu-1")
                        .setExcellence("4.5").setImpact("4").setImplementation("3.5").setTotal("12")
                        .setComments("Clear objectives.").setRound(1).build(),
                ConsensusReached.newBuilder().setMeta(meta("ConsensusReached", "Proposal", "prop-1", 7))
                        .setProposalId("prop-1").setCallId("call-1").setRapporteur("expert-eu-1").setExcellence("4.5")
                        .setImpact("4").setImplementation("4").setTotal("12.5").setComments("Agreed.")
                        .setPassedThresholds(true).setRound(1).build(),
                PanelTiesOrdered.newBuilder().setMeta(meta("PanelTiesOrdered", "Call", "call-1", 6)).setCallId("call-1")
                        .setOrder(List.of("prop-2", "prop-1")).setNote("prop-2 covers both cities.").build(),
                CallResultsProposed.newBuilder().setMeta(meta("CallResultsProposed", "Call", "call-1", 7))
                        .setCallId("call-1").setMainList(List.of("prop-1")).setReserve(List.of("prop-2"))
                        .setRejected(List.of("prop-3")).build(),
                CallResultsApproved.newBuilder().setMeta(meta("CallResultsApproved", "Call", "call-1", 8))
                        .setCallId("call-1").setSide("EU").setApprovedBy("officer-eu").setAwaitingSides(List.of("JP"))
                        .build(),
                CallResultsReturned.newBuilder().setMeta(meta("CallResultsReturned", "Call", "call-1", 8))
                        .setCallId("call-1").setSide("JP").setReason("Re-check the tie.").build(),
                SideSelectionDecided.newBuilder().setMeta(meta("SideSelectionDecided", "Call", "call-1", 8))
                        .setCallId("call-1").setSide("JP").setSelected(List.of("prop-1"))
                        .setRequested(CodecFixtures.money("150000000", "JPY")).build(),
                RedressRequested.newBuilder().setMeta(meta("RedressRequested", "Proposal", "prop-3", 8))
                        .setProposalId("prop-3").setCallId("call-1").setCriterion("impact")
                        .setReason("The pilot city was overlooked.").build(),
                RedressDecided.newBuilder().setMeta(meta("RedressDecided", "Proposal", "prop-3", 9))
                        .setProposalId("prop-3").setCallId("call-1").setUpheld(true).setReason("A factual error.")
                        .setDecidedBySide("EU").build(),
                CallReserveExtended.newBuilder().setMeta(meta("CallReserveExtended", "Call", "call-1", 10))
                        .setCallId("call-1").setProposal(RankedProposal.newBuilder().setProposalId("prop-3")
                                .setAcronym("COOLROOF").setRank(2).setTotal("12").setConsortium(CodecFixtures.consortium())
                                .setRequestedPerSide(CodecFixtures.budget()).build())
                        .build(),
                org.coopsuite.schemas.funding.ReserveProposalAdded.newBuilder()
                        .setMeta(meta("ReserveProposalAdded", "Agreement", "agr-1", 12)).setAgreementId("agr-1")
                        .setCallId("call-1").setProposalId("prop-3").setRank(2).build());
    }
}

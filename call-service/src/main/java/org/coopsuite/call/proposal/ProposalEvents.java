package org.coopsuite.call.proposal;

import java.util.List;

import org.coopsuite.call.call.Expert;
import org.coopsuite.schemas.call.CallReserveExtended;
import org.coopsuite.schemas.call.ConsensusReached;
import org.coopsuite.schemas.call.ExpertAssigned;
import org.coopsuite.schemas.call.IndividualEvaluationSubmitted;
import org.coopsuite.schemas.call.ProposalDeclaredEligible;
import org.coopsuite.schemas.call.ProposalDeclaredIneligible;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.call.ProposalWithdrawn;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.call.RedressDecided;
import org.coopsuite.schemas.call.RedressRequested;
import org.coopsuite.schemas.common.EventMeta;

/** Builds the events of a proposal's transitions, and its values' event form. */
final class ProposalEvents {

    private ProposalEvents() {
    }

    static ProposalSubmitted submitted(Proposal proposal, EventMeta meta) {
        return ProposalSubmitted.newBuilder().setMeta(meta).setProposalId(proposal.id()).setCallId(proposal.callId())
                .setAcronym(proposal.acronym()).setTitle(proposal.title()).setConsortium(consortium(proposal.consortium()))
                .setOpenAccessStatement(proposal.openAccessStatement())
                .setTwinnedProjects(proposal.twinnedProjects().stream().map(t -> org.coopsuite.schemas.call.TwinnedProject
                        .newBuilder().setSide(t.side()).setProjectReference(t.projectReference()).build()).toList())
                .build();
    }

    static ProposalDeclaredEligible eligible(Proposal proposal, EventMeta meta) {
        return ProposalDeclaredEligible.newBuilder().setMeta(meta).setProposalId(proposal.id())
                .setCallId(proposal.callId()).build();
    }

    static ProposalDeclaredIneligible ineligible(Proposal proposal, EventMeta meta) {
        return ProposalDeclaredIneligible.newBuilder().setMeta(meta).setProposalId(proposal.id())
                .setCallId(proposal.callId()).setReasons(proposal.ineligibilityReasons()).build();
    }

    static ProposalWithdrawn withdrawn(Proposal proposal, EventMeta meta) {
        return ProposalWithdrawn.newBuilder().setMeta(meta).setProposalId(proposal.id()).setCallId(proposal.callId())
                .build();
    }

    static ExpertAssigned assigned(Proposal proposal, Expert expert, EventMeta meta) {
        return ExpertAssigned.newBuilder().setMeta(meta).setProposalId(proposal.id()).setCallId(proposal.callId())
                .setExpert(expert.toEvent()).setRound(proposal.review().round()).build();
    }

    static IndividualEvaluationSubmitted individual(Proposal proposal, Review.IndividualEvaluation evaluation,
            EventMeta meta) {
        Scores s = evaluation.scores();
        return IndividualEvaluationSubmitted.newBuilder().setMeta(meta).setProposalId(proposal.id())
                .setCallId(proposal.callId()).setExpertId(evaluation.expertId()).setExcellence(Scores.text(s.excellence()))
                .setImpact(Scores.text(s.impact())).setImplementation(Scores.text(s.implementation()))
                .setTotal(Scores.text(s.total())).setComments(evaluation.comments()).setRound(evaluation.round()).build();
    }

    static ConsensusReached consensus(Proposal proposal, Review.Consensus consensus, EventMeta meta) {
        Scores s = consensus.scores();
        return ConsensusReached.newBuilder().setMeta(meta).setProposalId(proposal.id()).setCallId(proposal.callId())
                .setRapporteur(consensus.rapporteur()).setExcellence(Scores.text(s.excellence()))
                .setImpact(Scores.text(s.impact())).setImplementation(Scores.text(s.implementation()))
                .setTotal(Scores.text(s.total())).setComments(consensus.comments())
                .setPassedThresholds(consensus.passed()).setRound(consensus.round()).build();
    }

    static RedressRequested redressRequested(Proposal proposal, EventMeta meta) {
        Review.Redress redress = proposal.review().redress();
        return RedressRequested.newBuilder().setMeta(meta).setProposalId(proposal.id()).setCallId(proposal.callId())
                .setCriterion(redress.criterion()).setReason(redress.reason()).build();
    }

    static RedressDecided redressDecided(Proposal proposal, EventMeta meta) {
        Review.Redress redress = proposal.review().redress();
        return RedressDecided.newBuilder().setMeta(meta).setProposalId(proposal.id()).setCallId(proposal.callId())
                .setUpheld(redress.state() == Review.RedressState.UPHELD).setReason(redress.decisionReason())
                .setDecidedBySide(redress.decidedBySide()).build();
    }

    static CallReserveExtended reserveExtended(Proposal proposal, RankedProposal ranked, EventMeta meta) {
        return CallReserveExtended.newBuilder().setMeta(meta).setCallId(proposal.callId()).setProposal(ranked).build();
    }

    /** The consortium as events carry it, with each funded partner's request. */
    static List<org.coopsuite.schemas.call.Partner> consortium(List<Partner> partners) {
        return partners.stream().map(p -> org.coopsuite.schemas.call.Partner.newBuilder()
                .setOrganisation(p.organisation()).setSide(p.side()).setRole(p.role()).setSelfFunded(p.selfFunded())
                .setRequested(p.requested() == null ? null : p.requested().toEvent()).build()).toList();
    }
}

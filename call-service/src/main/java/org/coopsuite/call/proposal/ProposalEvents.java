package org.coopsuite.call.proposal;

import java.util.List;

import org.coopsuite.schemas.call.ProposalDeclaredEligible;
import org.coopsuite.schemas.call.ProposalDeclaredIneligible;
import org.coopsuite.schemas.call.ProposalEvaluated;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.call.ProposalWithdrawn;
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

    static ProposalEvaluated evaluated(Proposal proposal, EventMeta meta) {
        Scores scores = proposal.scores();
        return ProposalEvaluated.newBuilder().setMeta(meta).setProposalId(proposal.id()).setCallId(proposal.callId())
                .setExcellence(Scores.text(scores.excellence())).setImpact(Scores.text(scores.impact()))
                .setImplementation(Scores.text(scores.implementation())).setTotal(Scores.text(scores.total()))
                .setPassedThresholds(proposal.passedThresholds()).build();
    }

    /** The consortium as events carry it, with each funded partner's request. */
    static List<org.coopsuite.schemas.call.Partner> consortium(List<Partner> partners) {
        return partners.stream().map(p -> org.coopsuite.schemas.call.Partner.newBuilder()
                .setOrganisation(p.organisation()).setSide(p.side()).setRole(p.role()).setSelfFunded(p.selfFunded())
                .setRequested(p.requested() == null ? null : p.requested().toEvent()).build()).toList();
    }
}

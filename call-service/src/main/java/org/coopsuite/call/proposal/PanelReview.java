package org.coopsuite.call.proposal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.coopsuite.call.call.Expert;
import org.coopsuite.call.call.Panel;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;

/**
 * The rules of a proposal's evaluation by its call's panel, as pure checks over the proposal, the
 * panel and the caller: who may be assigned (on the panel, no conflict of interest, fresh after a
 * redress), who evaluates (an assigned expert, once a round), who writes the consensus (one who
 * evaluated, once the required evaluations are in), and when an applicant may ask for redress.
 * Each refusal names its reason: 403 for who the caller is, 409 for where the proposal is.
 */
final class PanelReview {

    /** The criteria a redress request may name. */
    static final Set<String> CRITERIA = Set.of("excellence", "impact", "implementation");

    private PanelReview() {
    }

    /** @return the expert to assign */
    static Expert checkAssignment(Proposal proposal, Panel panel, String expertId, boolean declaresNoConflict) {
        Expert expert = panel.expert(expertId).orElseThrow(() -> new ForbiddenException(
                "Expert " + expertId + " is not on the panel of call " + proposal.callId()));
        requireOpenRound(proposal, "assign an expert");
        Review review = proposal.review() == null ? Review.FIRST_ROUND : proposal.review();
        if (!declaresNoConflict) {
            refuse(proposal, "assign expert " + expertId + ", who does not declare the absence of a conflict of interest");
        }
        proposal.consortium().stream().filter(p -> expert.belongsTo(p.organisation())).findFirst().ifPresent(p ->
                refuse(proposal, "assign expert " + expertId + " of " + expert.organisation()
                        + ", a member of its consortium (conflict of interest)"));
        if (review.assignedNow(expertId)) {
            refuse(proposal, "assign expert " + expertId + " twice");
        }
        if (review.involvedBefore(expertId)) {
            refuse(proposal, "assign expert " + expertId + ", who evaluated it before: a re-evaluation needs fresh experts");
        }
        return expert;
    }

    static void checkEvaluation(Proposal proposal, String expertId) {
        requireAssigned(proposal, expertId);
        requireOpenRound(proposal, "evaluate");
        if (proposal.review().evaluatedNow(expertId)) {
            refuse(proposal, "evaluate it twice in a round (expert " + expertId + ")");
        }
    }

    static void checkConsensus(Proposal proposal, Panel panel, String rapporteur) {
        requireAssigned(proposal, rapporteur);
        Review review = proposal.review();
        if (!review.evaluatedNow(rapporteur)) {
            throw new ForbiddenException("Expert " + rapporteur + " did not evaluate proposal " + proposal.id()
                    + " in this round: the rapporteur is one of its evaluators");
        }
        if (proposal.state() != ProposalState.AWAITING_CONSENSUS) {
            refuse(proposal, "write the consensus with " + review.evaluationsNow() + " of "
                    + panel.requiredEvaluations() + " individual evaluations in");
        }
    }

    /** A request names a criterion, from the applicant, within the window after publication, once. */
    static void checkRedress(Proposal proposal, String criterion, Instant now, Instant publishedAt, Duration window) {
        if (!CRITERIA.contains(criterion)) {
            throw new InvalidCommandException(java.util.Map.of("criterion", "must be one of " + CRITERIA));
        }
        if (proposal.review() == null || proposal.review().consensus() == null) {
            refuse(proposal, "request redress on a proposal without a consensus");
        }
        if (proposal.review().redress() != null) {
            refuse(proposal, "request redress twice: one request per proposal");
        }
        Instant closes = publishedAt.plus(window);
        if (now.isAfter(closes)) {
            refuse(proposal, "request redress after its window closed at " + closes);
        }
    }

    static void checkRedressDecision(Proposal proposal) {
        Review review = proposal.review();
        if (review == null || review.redress() == null || review.redress().state() != Review.RedressState.REQUESTED) {
            refuse(proposal, "decide on a redress request it does not await");
        }
    }

    private static void requireAssigned(Proposal proposal, String expertId) {
        if (proposal.review() == null || !proposal.review().assignedNow(expertId)) {
            throw new ForbiddenException("Expert " + expertId + " is not assigned to proposal " + proposal.id());
        }
    }

    private static void requireOpenRound(Proposal proposal, String action) {
        ProposalState state = proposal.state();
        if (state != ProposalState.ELIGIBLE && state != ProposalState.UNDER_EVALUATION
                && state != ProposalState.AWAITING_CONSENSUS) {
            throw new IllegalTransitionException(Proposal.TYPE, proposal.id(), state, action);
        }
    }

    private static void refuse(Proposal proposal, String action) {
        throw new IllegalTransitionException(Proposal.TYPE, proposal.id(), proposal.state(), action);
    }
}

package org.coopsuite.call.proposal.web;

import java.util.List;
import java.util.Map;

import org.coopsuite.call.funding.ProposalFunding;
import org.coopsuite.call.proposal.Partner;
import org.coopsuite.call.proposal.Proposal;
import org.coopsuite.call.proposal.ProposalState;
import org.coopsuite.call.proposal.Review;
import org.coopsuite.call.proposal.Scores;
import org.coopsuite.call.proposal.TwinnedProject;

/**
 * A proposal as the API shows it. Its state is SELECTED, RESERVE or REJECTED once the call's
 * results say so, with its rank; scores are exact decimal strings. {@code funding} is what
 * funding-service granted it and its outcome (FUNDED, PARTIALLY_FUNDED with the sides short,
 * RESERVE_FUNDED), a field of its own beside the state; null before any grant or shortfall.
 */
record ProposalResponse(String id, long version, String callId, String acronym, String title, String submitter,
        List<Partner> consortium, String openAccessStatement, List<TwinnedProject> twinnedProjects, ProposalState state,
        List<String> ineligibilityReasons, ScoresResponse scores, Boolean passedThresholds, Integer rank,
        ReviewResponse review, ProposalFunding funding) {

    /** Where its evaluation by the panel is: the round, the experts assigned and evaluations in, the redress. */
    record ReviewResponse(int round, long assigned, long evaluations, boolean consensus, String redress) {

        static ReviewResponse of(Review review) {
            return review == null ? null : new ReviewResponse(review.round(),
                    review.assignments().stream().filter(a -> a.round() == review.round()).count(),
                    review.evaluations().stream().filter(e -> e.round() == review.round()).count(),
                    review.consensuses().stream().anyMatch(c -> c.round() == review.round()),
                    review.redress() == null ? null : review.redress().state().name());
        }
    }

    /** This answer with the proposal's funding, from its call's funding outcomes. */
    ProposalResponse withFunding(Map<String, ProposalFunding> outcomes) {
        return new ProposalResponse(id, version, callId, acronym, title, submitter, consortium, openAccessStatement,
                twinnedProjects, state, ineligibilityReasons, scores, passedThresholds, rank, review, outcomes.get(id));
    }

    /** This answer without its evaluation (scores, pass, rank, review): an applicant's before the results. */
    ProposalResponse withoutEvaluation() {
        return new ProposalResponse(id, version, callId, acronym, title, submitter, consortium, openAccessStatement,
                twinnedProjects, state, ineligibilityReasons, null, null, null, null, funding);
    }

    record ScoresResponse(String excellence, String impact, String implementation, String total) {
    }

    static ProposalResponse of(Proposal p) {
        return of(p, p.state(), null);
    }

    static ProposalResponse of(Proposal p, ProposalState state, Integer rank) {
        Scores s = p.scores();
        ScoresResponse scores = s == null ? null : new ScoresResponse(Scores.text(s.excellence()), Scores.text(s.impact()),
                Scores.text(s.implementation()), Scores.text(s.total()));
        return new ProposalResponse(p.id(), p.version() + p.recordedEvents().size(), p.callId(), p.acronym(), p.title(), p.submitter(), p.consortium(),
                p.openAccessStatement(), p.twinnedProjects(), state, p.ineligibilityReasons(), scores,
                s == null ? null : p.passedThresholds(), rank, ReviewResponse.of(p.review()), null);
    }
}

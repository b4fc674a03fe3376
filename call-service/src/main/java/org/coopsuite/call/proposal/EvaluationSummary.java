package org.coopsuite.call.proposal;

import java.math.BigDecimal;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.Panel;

/**
 * A proposal's Evaluation Summary Report, as its applicant reads it once the call's results are
 * published: the consensus scores and comments, the thresholds they were held against, the rank
 * and the outcome, and where its redress request is.
 *
 * @param comments the consensus comments
 * @param round the evaluation round the consensus comes from (above 1 after an upheld redress)
 * @param redress the redress request and its decision, or null
 */
public record EvaluationSummary(String proposalId, String callId, String acronym, String title, Scores consensus,
        String comments, BigDecimal criterionThreshold, BigDecimal totalThreshold, boolean passedThresholds,
        Integer rank, ProposalState outcome, int round, Review.Redress redress) {

    /** Of a proposal of a call whose results are published, so evaluated by its panel. */
    static EvaluationSummary of(Call call, Standing standing) {
        Proposal p = standing.proposal();
        Panel panel = call.deliberation().panel();
        Review review = p.review();
        Review.Consensus consensus = review == null ? null : review.consensus();
        return new EvaluationSummary(p.id(), call.id(), p.acronym(), p.title(), p.scores(),
                consensus == null ? null : consensus.comments(), panel.criterionThreshold(),
                panel.totalThreshold(), p.passedThresholds(), standing.rank(),
                standing.state(), review == null ? 1 : review.round(), review == null ? null : review.redress());
    }
}

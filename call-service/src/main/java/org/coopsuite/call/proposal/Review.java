package org.coopsuite.call.proposal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.coopsuite.call.call.Expert;

/**
 * A proposal's evaluation by a call's panel: the round (1, then one more per upheld redress), the
 * experts assigned in each round, their individual evaluations, the consensus of each round and the
 * redress request, if any. Immutable: each step answers a new review.
 */
public record Review(int round, List<Assignment> assignments, List<IndividualEvaluation> evaluations,
        List<Consensus> consensuses, Redress redress) {

    static final Review FIRST_ROUND = new Review(1, List.of(), List.of(), List.of(), null);

    public Review {
        assignments = List.copyOf(assignments);
        evaluations = List.copyOf(evaluations);
        consensuses = List.copyOf(consensuses);
    }

    /** An expert assigned to the proposal in a round, having declared no conflict of interest. */
    public record Assignment(Expert expert, int round) {
    }

    /** One expert's scores and comments in a round. */
    public record IndividualEvaluation(String expertId, Scores scores, String comments, int round) {
    }

    /** What the rapporteur wrote for a round once its evaluations were in; the latest one ranks. */
    public record Consensus(String rapporteur, Scores scores, String comments, boolean passed, int round) {
    }

    /** The applicant's one redress request and the committee's decision on it. */
    public record Redress(String criterion, String reason, Instant filedAt, RedressState state, String decisionReason,
            String decidedBySide) {
    }

    /** Where a redress request is. */
    public enum RedressState {
        REQUESTED, UPHELD, REJECTED
    }

    boolean assignedNow(String expertId) {
        return assignments.stream().anyMatch(a -> a.round() == round && a.expert().id().equals(expertId));
    }

    /** Whether the expert was assigned in an earlier round: a re-evaluation needs fresh experts. */
    boolean involvedBefore(String expertId) {
        return assignments.stream().anyMatch(a -> a.round() < round && a.expert().id().equals(expertId));
    }

    boolean evaluatedNow(String expertId) {
        return evaluations.stream().anyMatch(e -> e.round() == round && e.expertId().equals(expertId));
    }

    long evaluationsNow() {
        return evaluations.stream().filter(e -> e.round() == round).count();
    }

    /** The consensus that ranks the proposal: the latest round's. */
    public Consensus consensus() {
        return consensuses.isEmpty() ? null : consensuses.get(consensuses.size() - 1);
    }

    Review with(Assignment assignment) {
        List<Assignment> more = new ArrayList<>(assignments);
        more.add(assignment);
        return new Review(round, more, evaluations, consensuses, redress);
    }

    Review with(IndividualEvaluation evaluation) {
        List<IndividualEvaluation> more = new ArrayList<>(evaluations);
        more.add(evaluation);
        return new Review(round, assignments, more, consensuses, redress);
    }

    Review with(Consensus consensus) {
        List<Consensus> more = new ArrayList<>(consensuses);
        more.add(consensus);
        return new Review(round, assignments, evaluations, more, redress);
    }

    Review with(Redress request) {
        return new Review(round, assignments, evaluations, consensuses, request);
    }

    /** An upheld redress opens the next round. */
    Review nextRound() {
        return new Review(round + 1, assignments, evaluations, consensuses, redress);
    }
}

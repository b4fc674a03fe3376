package org.coopsuite.call.proposal;

import java.time.Instant;
import java.util.List;

import org.coopsuite.call.call.Expert;
import org.coopsuite.call.call.Panel;
import org.coopsuite.call.proposal.Review.Consensus;
import org.coopsuite.call.proposal.Review.IndividualEvaluation;
import org.coopsuite.call.proposal.Review.RedressState;
import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.RankedProposal;

/**
 * A proposal to a call: its consortium and requests, whether it is eligible and why not, and
 * its evaluation. Its own aggregate, keyed by its id, published on the call topic.
 */
public class Proposal extends AggregateRoot<Proposal> {

    public static final String TYPE = "Proposal";

    private String id;
    private String callId;
    private String submitter;
    private Instant submittedAt;
    private String acronym;
    private String title;
    private List<Partner> consortium;
    private String openAccessStatement;
    private List<TwinnedProject> twinnedProjects;
    private ProposalState state;
    private List<String> ineligibilityReasons = List.of();
    private Scores scores;
    private boolean passedThresholds;
    private Review review;
    private Integer reserveRank;

    Proposal() {
    }

    /**
     * Submits a proposal and declares it eligible or not in the same write: it is never seen
     * submitted without its verdict.
     *
     * @param reasons each eligibility rule it fails ({@link Eligibility}); empty when eligible
     */
    public static Proposal submit(String id, SubmitProposal command, String submitter, List<String> reasons,
            EventContext context) {
        Proposal proposal = new Proposal();
        proposal.id = id;
        proposal.callId = command.callId();
        proposal.submitter = submitter;
        proposal.submittedAt = context.now();
        proposal.acronym = command.acronym();
        proposal.title = command.title();
        proposal.consortium = command.consortium();
        proposal.openAccessStatement = command.openAccessStatement();
        proposal.twinnedProjects = command.twinnedProjects();
        proposal.state = ProposalState.SUBMITTED;
        proposal.record(ProposalEvents.submitted(proposal, proposal.nextMeta("ProposalSubmitted", context)));
        proposal.ineligibilityReasons = List.copyOf(reasons);
        proposal.state = reasons.isEmpty() ? ProposalState.ELIGIBLE : ProposalState.INELIGIBLE;
        proposal.record(reasons.isEmpty()
                ? ProposalEvents.eligible(proposal, proposal.nextMeta("ProposalDeclaredEligible", context))
                : ProposalEvents.ineligible(proposal, proposal.nextMeta("ProposalDeclaredIneligible", context)));
        return proposal;
    }

    /** Withdraws the proposal; the caller checked that the call's deadline has not passed. */
    public Proposal withdraw(EventContext context) {
        if (state != ProposalState.ELIGIBLE && state != ProposalState.INELIGIBLE) {
            throw new IllegalTransitionException(TYPE, id, state, "withdraw");
        }
        state = ProposalState.WITHDRAWN;
        record(ProposalEvents.withdrawn(this, nextMeta("ProposalWithdrawn", context)));
        return this;
    }

    /** Assigns an expert of the call's panel ({@link PanelReview#checkAssignment} gave the rules). */
    public Proposal assign(Panel panel, String expertId, boolean declaresNoConflict, EventContext context) {
        Expert expert = PanelReview.checkAssignment(this, panel, expertId, declaresNoConflict);
        Review current = review == null ? Review.FIRST_ROUND : review;
        review = current.with(new Review.Assignment(expert, current.round()));
        state = state == ProposalState.ELIGIBLE ? ProposalState.UNDER_EVALUATION : state;
        record(ProposalEvents.assigned(this, expert, nextMeta("ExpertAssigned", context)));
        return this;
    }

    /** An assigned expert's evaluation; the panel's required number of them awaits the consensus. */
    public Proposal submitEvaluation(Panel panel, String expertId, Scores scores, String comments, EventContext context) {
        PanelReview.checkEvaluation(this, expertId);
        IndividualEvaluation evaluation = new IndividualEvaluation(expertId, scores, comments, review.round());
        review = review.with(evaluation);
        if (review.evaluationsNow() >= panel.requiredEvaluations()) {
            state = ProposalState.AWAITING_CONSENSUS;
        }
        record(ProposalEvents.individual(this, evaluation, nextMeta("IndividualEvaluationSubmitted", context)));
        return this;
    }

    /** The rapporteur's consensus, against the panel's thresholds: what ranks the proposal from now on. */
    public Proposal writeConsensus(Panel panel, String rapporteur, Scores agreed, String comments, EventContext context) {
        PanelReview.checkConsensus(this, panel, rapporteur);
        boolean passed = agreed.pass(panel.criterionThreshold(), panel.totalThreshold());
        Consensus consensus = new Consensus(rapporteur, agreed, comments, passed, review.round());
        review = review.with(consensus);
        scores = agreed;
        passedThresholds = passed;
        state = ProposalState.EVALUATED;
        record(ProposalEvents.consensus(this, consensus, nextMeta("ConsensusReached", context)));
        return this;
    }

    /** The applicant's one redress request ({@link PanelReview#checkRedress} gave the window). */
    public Proposal requestRedress(String criterion, String reason, java.time.Instant publishedAt,
            java.time.Duration window, EventContext context) {
        PanelReview.checkRedress(this, criterion, context.now(), publishedAt, window);
        review = review.with(new Review.Redress(criterion, reason, context.now(), RedressState.REQUESTED, null, null));
        record(ProposalEvents.redressRequested(this, nextMeta("RedressRequested", context)));
        return this;
    }

    /** The committee's decision; an upheld request opens a new round for fresh experts. */
    public Proposal decideRedress(boolean upheld, String reason, String side, EventContext context) {
        PanelReview.checkRedressDecision(this);
        Review.Redress filed = review.redress();
        review = review.with(new Review.Redress(filed.criterion(), filed.reason(), filed.filedAt(),
                upheld ? RedressState.UPHELD : RedressState.REJECTED, reason, side));
        if (upheld) {
            review = review.nextRound();
            state = ProposalState.UNDER_EVALUATION;
        }
        record(ProposalEvents.redressDecided(this, nextMeta("RedressDecided", context)));
        return this;
    }

    /** After its re-evaluation the proposal ranks within the budget: it joins the call's reserve at its rank. */
    public Proposal joinReserve(RankedProposal ranked, EventContext context) {
        if (state != ProposalState.EVALUATED || reserveRank != null) {
            throw new IllegalTransitionException(TYPE, id, state, "join the reserve list");
        }
        reserveRank = ranked.getRank();
        record(ProposalEvents.reserveExtended(this, ranked, nextMeta("CallReserveExtended", context)));
        return this;
    }

    @Override
    public String id() {
        return id;
    }

    public String callId() {
        return callId;
    }

    public String submitter() {
        return submitter;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String acronym() {
        return acronym;
    }

    public String title() {
        return title;
    }

    public List<Partner> consortium() {
        return consortium;
    }

    public String openAccessStatement() {
        return openAccessStatement;
    }

    public List<TwinnedProject> twinnedProjects() {
        return twinnedProjects;
    }

    public ProposalState state() {
        return state;
    }

    public List<String> ineligibilityReasons() {
        return ineligibilityReasons;
    }

    public Scores scores() {
        return scores;
    }

    public boolean passedThresholds() {
        return passedThresholds;
    }

    /** Its evaluation by the call's panel; null when the call has none (or no expert was assigned yet). */
    public Review review() {
        return review;
    }

    /** Its rank on the call's reserve list when it joined it after a redress, else null. */
    public Integer reserveRank() {
        return reserveRank;
    }

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}

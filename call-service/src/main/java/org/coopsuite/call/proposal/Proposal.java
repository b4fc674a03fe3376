package org.coopsuite.call.proposal;

import java.time.Instant;
import java.util.List;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.event.EventContext;

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

    /** Records the evaluator's scores of an eligible proposal and whether they pass the thresholds. */
    public Proposal evaluate(Scores given, boolean passed, EventContext context) {
        if (state != ProposalState.ELIGIBLE) {
            throw new IllegalTransitionException(TYPE, id, state, "evaluate");
        }
        scores = given;
        passedThresholds = passed;
        state = ProposalState.EVALUATED;
        record(ProposalEvents.evaluated(this, nextMeta("ProposalEvaluated", context)));
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

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}

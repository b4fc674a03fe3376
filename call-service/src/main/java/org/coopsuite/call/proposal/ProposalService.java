package org.coopsuite.call.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallProperties;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.aggregate.AggregateStore;
import org.coopsuite.platform.domain.StaleVersionException;
import org.springframework.stereotype.Service;

/**
 * Runs the proposal commands: an applicant submits to an open call before its deadline and may
 * withdraw its own proposal until then; an evaluator scores an eligible one once the call is in
 * evaluation.
 */
@Service
public class ProposalService {

    static final String COLLECTION = "proposals";

    private final AggregateStore store;
    private final CallService calls;
    private final ProposalRules rules;
    private final Proposals proposals;
    private final CallProperties.Evaluation thresholds;
    private final Clock clock;

    ProposalService(AggregateStore store, CallService calls, ProposalRules rules, Proposals proposals,
            CallProperties properties, Clock clock) {
        this.store = store;
        this.calls = calls;
        this.rules = rules;
        this.proposals = proposals;
        this.thresholds = properties.evaluation();
        this.clock = clock;
        store.register(COLLECTION);
    }

    /** Submits a proposal; an ineligible one is stored and reported with its reasons. */
    public Proposal submit(SubmitProposal command, String submitter) {
        Call call = calls.get(command.callId());
        requireAcceptingProposals(call, "submit a proposal");
        rules.check(command);
        List<String> reasons = Eligibility.reasons(command, call.modality(), call.participatingSides(),
                call.content().eligibility());
        Proposal proposal = Proposal.submit(UUID.randomUUID().toString(), command, submitter, reasons,
                calls.context(call));
        store.save(COLLECTION, proposal);
        return proposal;
    }

    /** Withdraws a proposal its submitter made, before the call's deadline. */
    public Proposal withdraw(String id, String caller, Long expectedVersion) {
        Proposal proposal = load(id, expectedVersion);
        if (!proposal.submitter().equals(caller)) {
            throw new ForbiddenException("Only the applicant who submitted proposal " + id + " withdraws it");
        }
        Call call = calls.get(proposal.callId());
        requireAcceptingProposals(call, "withdraw a proposal");
        return save(proposal.withdraw(calls.context(call)));
    }

    /** Scores an eligible proposal of a call in evaluation. */
    public Proposal evaluate(String id, Scores scores, Long expectedVersion) {
        Proposal proposal = load(id, expectedVersion);
        Call call = calls.get(proposal.callId());
        if (call.state() != CallState.IN_EVALUATION) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.state(), "evaluate its proposals");
        }
        boolean passed = scores.pass(thresholds.criterionThreshold(), thresholds.totalThreshold());
        return save(proposal.evaluate(scores, passed, calls.context(call)));
    }

    public Proposal get(String id) {
        return store.load(COLLECTION, id, Proposal.class).orElseThrow(() -> new NotFoundException(Proposal.TYPE, id));
    }

    /** Where each proposal of a call stands, in submission order. */
    public List<Standing> standings(String callId) {
        return Standing.of(calls.get(callId), proposals.ofCall(callId));
    }

    private void requireAcceptingProposals(Call call, String action) {
        LocalDate today = LocalDate.now(clock);
        if (!call.acceptsProposalsOn(today)) {
            String state = call.state() == CallState.OPEN ? "OPEN past its deadline " + call.content().timeline().deadline()
                    : call.state().name();
            throw new IllegalTransitionException(Call.TYPE, call.id(), state, action);
        }
    }

    private Proposal load(String id, Long expectedVersion) {
        Proposal proposal = get(id);
        if (expectedVersion != null && expectedVersion != proposal.version()) {
            throw new StaleVersionException(id, expectedVersion);
        }
        return proposal;
    }

    private Proposal save(Proposal proposal) {
        store.save(COLLECTION, proposal);
        return proposal;
    }
}

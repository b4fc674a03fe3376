package org.coopsuite.call.proposal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.EvaluationReaders;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.CommandIds;
import org.springframework.stereotype.Service;

/**
 * Runs the proposal commands: an applicant submits to an open call before its deadline and may
 * withdraw its own proposal until then; once the results are out, its applicant reads its Evaluation
 * Summary Report. The panel's steps are {@link PanelService}'s. A proposal's events belong to its call's thread.
 */
@Service
public class ProposalService {

    /** The collection of the stored proposals. */
    public static final String COLLECTION = "proposals";

    private final AggregateRepository<Proposal> stored;
    private final CallService calls;
    private final ProposalRules rules;
    private final Proposals proposals;
    private final Clock clock;

    ProposalService(Aggregates aggregates, CallService calls, ProposalRules rules, Proposals proposals,
            Clock clock) {
        this.stored = aggregates.repository(COLLECTION, Proposal.class);
        this.calls = calls;
        this.rules = rules;
        this.proposals = proposals;
        this.clock = clock;
    }

    /**
     * Submits a proposal; an ineligible one is stored and reported with its reasons. A request run
     * again under its Idempotency-Key finds the proposal its first run stored and answers it.
     */
    public Proposal submit(SubmitProposal command, String submitter) {
        String id = CommandIds.of("proposal");
        Optional<Proposal> submitted = CommandIds.madeBefore(id, stored::find);
        if (submitted.isPresent()) {
            return submitted.get();
        }
        Call call = calls.get(command.callId());
        requireAcceptingProposals(call, "submit a proposal");
        rules.check(command);
        List<String> reasons = Eligibility.reasons(command, call.modality(), call.participatingSides(),
                call.content().eligibility());
        return stored.save(Proposal.submit(id, command, submitter, reasons,
                stored.context(call)));
    }

    /** Withdraws a proposal its submitter made, before the call's deadline. */
    public Proposal withdraw(String id, String caller, Long expectedVersion) {
        Proposal proposal = stored.load(id, expectedVersion);
        if (!proposal.submitter().equals(caller)) {
            throw new ForbiddenException("Only the applicant who submitted proposal " + id + " withdraws it");
        }
        Call call = calls.get(proposal.callId());
        requireAcceptingProposals(call, "withdraw a proposal");
        return stored.save(proposal.withdraw(stored.context(call)));
    }

    /**
     * The proposal's Evaluation Summary Report once its call's results are published: for the
     * applicant who submitted it (403 for any other applicant) or a programme officer of a participating side.
     */
    public EvaluationSummary summary(String id, String subject, String callerSide, boolean asApplicant) {
        Proposal proposal = stored.load(id);
        if (asApplicant && !proposal.submitter().equals(subject)) {
            throw new ForbiddenException("Only the applicant who submitted proposal " + id
                    + " reads its evaluation summary report");
        }
        Call call = calls.get(proposal.callId());
        if (!asApplicant) {
            Sides.require(callerSide, call.participatingSides());
        }
        if (call.state() != CallState.RESULTS_PUBLISHED) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.state(), "read an evaluation summary report");
        }
        return EvaluationSummary.of(call, Standing.of(call, List.of(proposal)).get(0));
    }

    /**
     * What a caller reads, and whether it sees the evaluation in it (scores, pass, rank, review):
     * an applicant only once the call's results are published. Both from one read of the call.
     */
    public record Read<T>(T value, boolean withEvaluation) {
    }

    /** A proposal, for a caller who may read it ({@link ProposalAccess}: 403 otherwise). */
    public Read<Proposal> get(String id) {
        Proposal proposal = stored.load(id);
        Call call = calls.get(proposal.callId());
        ProposalAccess.requireReader(proposal, call);
        return new Read<>(proposal, ProposalAccess.seesEvaluation(call));
    }

    /**
     * Where each proposal of a call stands, in submission order, of those the caller may read: all
     * of them for the officers and evaluators of its sides, an applicant's own (403 for the rest).
     */
    public Read<List<Standing>> standings(String callId) {
        Call call = calls.get(callId);
        List<Proposal> all = proposals.ofCall(callId);
        return new Read<>(Standing.of(call, EvaluationReaders.readsAll(call) ? all : ProposalAccess.ownOf(all, call)),
                ProposalAccess.seesEvaluation(call));
    }

    private void requireAcceptingProposals(Call call, String action) {
        LocalDate today = LocalDate.now(clock);
        if (!call.acceptsProposalsOn(today)) {
            String state = call.state() == CallState.OPEN ? "OPEN past its deadline " + call.content().timeline().deadline()
                    : call.state().name();
            throw new IllegalTransitionException(Call.TYPE, call.id(), state, action);
        }
    }
}

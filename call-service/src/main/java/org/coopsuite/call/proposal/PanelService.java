package org.coopsuite.call.proposal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.Panel;
import org.coopsuite.call.call.ResultEntry;
import org.coopsuite.call.call.SecuredFunding;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.springframework.stereotype.Service;

/**
 * Runs a proposal's evaluation by its call's panel: an expert of the panel assigns themself,
 * declaring no conflict of interest; each assigned expert evaluates once a round; one of them, the
 * rapporteur, writes the consensus once the panel's required evaluations are in. No call is
 * evaluated without its panel ({@code Call.startEvaluation}). After an upheld redress the same steps
 * re-evaluate the proposal with fresh experts while the call's results stand; a new consensus that
 * ranks within the budget puts the proposal on the reserve list, in the same write.
 */
@Service
public class PanelService {

    private final AggregateRepository<Proposal> stored;
    private final CallService calls;
    private final Proposals proposals;
    private final SecuredFunding funding;

    PanelService(Aggregates aggregates, CallService calls, Proposals proposals, SecuredFunding funding) {
        this.stored = aggregates.repository(ProposalService.COLLECTION, Proposal.class);
        this.calls = calls;
        this.proposals = proposals;
        this.funding = funding;
    }

    public Proposal assign(String id, String expertId, boolean declaresNoConflict, Long expectedVersion) {
        Proposal proposal = stored.load(id, expectedVersion);
        Call call = calls.get(proposal.callId());
        requireOnPanel(call, expertId, "assign an expert");
        Panel panel = requireEvaluating(call, proposal, "assign an expert");
        return stored.save(proposal.assign(panel, expertId, declaresNoConflict, stored.context(call)));
    }

    /** An assigned expert's individual evaluation: scores per criterion and comments. */
    public Proposal evaluate(String id, String expertId, Scores scores, String comments, Long expectedVersion) {
        Proposal proposal = stored.load(id, expectedVersion);
        Call call = calls.get(proposal.callId());
        requireOnPanel(call, expertId, "evaluate its proposals");
        Panel panel = requireEvaluating(call, proposal, "evaluate its proposals");
        return stored.save(proposal.submitEvaluation(panel, expertId, scores, comments, stored.context(call)));
    }

    public Proposal writeConsensus(String id, String rapporteur, Scores scores, String comments, Long expectedVersion) {
        Proposal proposal = stored.load(id, expectedVersion);
        Call call = calls.get(proposal.callId());
        requireOnPanel(call, rapporteur, "write a consensus");
        Panel panel = requireEvaluating(call, proposal, "write a consensus");
        proposal.writeConsensus(panel, rapporteur, scores, comments, stored.context(call));
        if (call.state() == CallState.RESULTS_PUBLISHED) {
            withinBudget(call, proposal).ifPresent(rank -> proposal.joinReserve(Results.ranked(proposal, rank),
                    stored.context(call)));
        }
        return stored.save(proposal);
    }

    /**
     * Where a re-evaluated proposal would rank if the call's selection ran again with its new
     * consensus: present when the walk under the secured budget selects it, and it is not selected already.
     */
    private Optional<Integer> withinBudget(Call call, Proposal reEvaluated) {
        boolean selected = call.results().stream().anyMatch(e -> e.proposalId().equals(reEvaluated.id()) && e.selected());
        Optional<Map<String, Money>> budget = funding.securedBudget(call.id());
        if (selected || !reEvaluated.passedThresholds() || budget.isEmpty()) {
            return Optional.empty();
        }
        List<Proposal> evaluated = proposals.ofCall(call.id()).stream()
                .map(p -> p.id().equals(reEvaluated.id()) ? reEvaluated : p)
                .filter(p -> p.state() == ProposalState.EVALUATED).toList();
        Selection.Outcome outcome = Selection.select(Results.candidates(evaluated), Results.amounts(budget.get()),
                call.deliberation().tieOrder());
        return outcome.selected().stream().filter(r -> r.candidate().proposalId().equals(reEvaluated.id()))
                .map(Selection.Ranked::rank).findFirst();
    }

    /**
     * Who the caller is before where the call stands (403 before 409): an evaluator not on the
     * call's panel, or of a call without one, learns nothing of the call's state.
     */
    private static void requireOnPanel(Call call, String expertId, String action) {
        Panel panel = call.deliberation().panel();
        if (panel == null || panel.expert(expertId).isEmpty()) {
            throw new ForbiddenException("Expert " + expertId + " is not on the panel of call " + call.id()
                    + ", so may not " + action);
        }
    }

    /**
     * The panel of a call evaluating (the caller is on it: {@link #requireOnPanel} came first): in
     * evaluation for a first round, with its results published for a re-evaluation after an upheld redress.
     */
    private static Panel requireEvaluating(Call call, Proposal proposal, String action) {
        boolean reEvaluation = proposal.review() != null && proposal.review().round() > 1;
        CallState needed = reEvaluation ? CallState.RESULTS_PUBLISHED : CallState.IN_EVALUATION;
        if (call.state() != needed) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.state(), action);
        }
        return call.deliberation().panel();
    }

    /** The result entry of a proposal in the call's published results, if it has one. */
    static Optional<ResultEntry> entry(Call call, String proposalId) {
        return call.results().stream().filter(e -> e.proposalId().equals(proposalId)).findFirst();
    }
}

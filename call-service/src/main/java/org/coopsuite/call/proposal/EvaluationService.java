package org.coopsuite.call.proposal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallResults;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.PanelSteps;
import org.coopsuite.call.call.ResultEntry;
import org.coopsuite.call.call.SecuredFunding;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.schemas.common.CallModality;
import org.springframework.stereotype.Service;

/**
 * Moves a call through evaluation and selection: starts it, with its panel appointed, with the
 * count of eligible proposals; once every eligible proposal is evaluated (its consensus written),
 * selects under each side's secured budget. A joint call proposes its ranking, which each side
 * approves or returns to the panel; the last approval publishes. A coordinated call publishes
 * once every side selected for its own partners, by JST's rule ({@link JointSelection}). A
 * twinning call, whose twinned projects each side funds by its own rules, publishes at once.
 */
@Service
public class EvaluationService {

    private static final Set<ProposalState> AWAITING = Set.of(ProposalState.ELIGIBLE, ProposalState.UNDER_EVALUATION,
            ProposalState.AWAITING_CONSENSUS);

    private final CallService calls;
    private final Proposals proposals;
    private final SecuredFunding funding;

    EvaluationService(CallService calls, Proposals proposals, SecuredFunding funding) {
        this.calls = calls;
        this.proposals = proposals;
        this.funding = funding;
    }

    /**
     * The proposals of a call that joined its reserve after its results were published (an upheld
     * redress re-evaluated them within the budget: {@code CallReserveExtended}), at their rank,
     * best first: what the call's published results show beside its own reserve. Read by that
     * alone, not from all of a call's proposals, as the results are read on every refresh of a call's page.
     */
    public List<ResultEntry> joinedReserve(String callId) {
        return proposals.joinedReserve(callId).stream()
                .map(p -> new ResultEntry(p.id(), p.acronym(), p.reserveRank(), Scores.text(p.scores().total()), false))
                .toList();
    }

    public Call startEvaluation(String callId, Long expectedVersion, String callerSide) {
        int eligible = (int) proposals.ofCall(callId).stream().filter(p -> p.state() == ProposalState.ELIGIBLE).count();
        return calls.startEvaluation(callId, eligible, expectedVersion, callerSide);
    }

    /**
     * Selects and publishes, or proposes. Only once no eligible proposal awaits its evaluation:
     * nothing can then be scored between reading the proposals and writing the results.
     */
    public Call publishResults(String callId, Long expectedVersion, String callerSide) {
        Call call = evaluatedCall(callId, expectedVersion, callerSide, "publish results");
        List<Proposal> evaluated = evaluated(call);
        Map<String, Money> budget = budget(call);
        List<String> ties = call.deliberation().tieOrder();
        if (call.modality() == CallModality.COORDINATED) {
            List<String> undecided = call.participatingSides().stream()
                    .filter(s -> !call.deliberation().sideSelections().containsKey(s)).toList();
            if (!undecided.isEmpty()) {
                throw new IllegalTransitionException(Call.TYPE, callId, call.state(),
                        "publish results before every side selected its proposals; awaiting " + undecided);
            }
            CallResults results = JointSelection.coordinated(evaluated, call.deliberation().sideSelections(), ties, budget);
            return calls.publishResults(callId, results, call.version());
        }
        Selection.Outcome outcome = Selection.ofProposals(evaluated, budget, ties);
        CallResults results = Results.of(outcome, evaluated, budget);
        if (call.modality() == CallModality.JOINT) {
            return calls.step(callId, call.version(), null, (c, context) -> PanelSteps.propose(c, results, context));
        }
        return calls.publishResults(callId, results, call.version());
    }

    /** A side approves a joint call's proposed results; the last approval publishes them as proposed. */
    public Call approveResults(String callId, Long expectedVersion, String callerSide, String officer) {
        List<Proposal> all = proposals.ofCall(callId);
        return calls.step(callId, expectedVersion, callerSide, (call, context) -> PanelSteps.approve(call, callerSide,
                officer, () -> Results.fromProposed(call, all), context));
    }

    public Call returnResults(String callId, String reason, Long expectedVersion, String callerSide) {
        return calls.step(callId, expectedVersion, callerSide,
                (call, context) -> PanelSteps.returnToPanel(call, callerSide, reason, context));
    }

    /**
     * A side of a coordinated call selects, for its own partners, evaluated proposals above
     * threshold in which it has a funded partner, within its secured budget.
     */
    public Call selectForSide(String callId, List<String> selected, Long expectedVersion, String callerSide) {
        Call call = evaluatedCall(callId, expectedVersion, callerSide, "select proposals for a side");
        List<Proposal> evaluated = evaluated(call);
        List<Proposal> chosen = selected.stream().map(id -> evaluated.stream().filter(p -> p.id().equals(id))
                .findFirst().filter(Proposal::passedThresholds)
                .filter(p -> Eligibility.requestedPerSide(p.consortium()).containsKey(callerSide))
                .orElseThrow(() -> new IllegalTransitionException(Call.TYPE, callId, call.state(), "select proposal "
                        + id + " for " + callerSide + ": it is not an evaluated proposal above threshold with a funded "
                        + "partner of " + callerSide))).toList();
        Money secured = budget(call).get(callerSide);
        BigDecimal requested = JointSelection.requestedFrom(callerSide, chosen);
        if (requested.compareTo(secured.amount()) > 0) {
            throw new IllegalTransitionException(Call.TYPE, callId, call.state(), "select proposals requesting "
                    + requested.toPlainString() + " " + secured.currency() + " from " + callerSide
                    + ", over its secured budget of " + secured.amount().toPlainString());
        }
        return calls.step(callId, call.version(), callerSide, (c, context) -> PanelSteps.selectForSide(c, callerSide,
                selected, new Money(requested, secured.currency()), context));
    }

    private Call evaluatedCall(String callId, Long expectedVersion, String callerSide, String action) {
        Call call = calls.get(callId, expectedVersion);
        Sides.require(callerSide, call.participatingSides());
        if (call.state() != CallState.IN_EVALUATION) {
            throw new IllegalTransitionException(Call.TYPE, callId, call.state(), action);
        }
        long awaiting = proposals.ofCall(callId).stream().filter(p -> AWAITING.contains(p.state())).count();
        if (awaiting > 0) {
            throw new IllegalTransitionException(Call.TYPE, callId, call.state(), action + " while " + awaiting
                    + " eligible proposal(s) await evaluation (their individual evaluations and consensus)");
        }
        return call;
    }

    private List<Proposal> evaluated(Call call) {
        return proposals.ofCall(call.id()).stream().filter(p -> p.state() == ProposalState.EVALUATED).toList();
    }

    private Map<String, Money> budget(Call call) {
        return funding.securedBudget(call.id()).orElseThrow(() -> new IllegalTransitionException(
                Call.TYPE, call.id(), call.state(), "publish results without a secured budget"));
    }
}

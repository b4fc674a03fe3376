package org.coopsuite.call.proposal;

import java.util.List;
import java.util.Map;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.SecuredFunding;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.security.Sides;
import org.springframework.stereotype.Service;

/**
 * Moves a call through evaluation: starts it with the count of eligible proposals, and publishes
 * the results once every eligible proposal is scored, selecting under each side's secured budget.
 */
@Service
public class EvaluationService {

    private final CallService calls;
    private final Proposals proposals;
    private final SecuredFunding funding;

    EvaluationService(CallService calls, Proposals proposals, SecuredFunding funding) {
        this.calls = calls;
        this.proposals = proposals;
        this.funding = funding;
    }

    public Call startEvaluation(String callId, Long expectedVersion, String callerSide) {
        int eligible = (int) proposals.ofCall(callId).stream().filter(p -> p.state() == ProposalState.ELIGIBLE).count();
        return calls.startEvaluation(callId, eligible, expectedVersion, callerSide);
    }

    /**
     * Selects and publishes. Only once no eligible proposal awaits its score: nothing can then be
     * scored between reading the proposals and writing the results.
     */
    public Call publishResults(String callId, Long expectedVersion, String callerSide) {
        Call call = calls.get(callId, expectedVersion);
        Sides.require(callerSide, call.participatingSides());
        if (call.state() != CallState.IN_EVALUATION) {
            throw new IllegalTransitionException(Call.TYPE, callId, call.state(), "publish results");
        }
        List<Proposal> all = proposals.ofCall(callId);
        long unscored = all.stream().filter(p -> p.state() == ProposalState.ELIGIBLE).count();
        if (unscored > 0) {
            throw new IllegalTransitionException(Call.TYPE, callId, call.state(),
                    "publish results while " + unscored + " eligible proposal(s) await evaluation");
        }
        List<Proposal> evaluated = all.stream().filter(p -> p.state() == ProposalState.EVALUATED).toList();
        Map<String, Money> budget = funding.securedBudget(callId).orElseThrow(() -> new IllegalTransitionException(
                Call.TYPE, callId, call.state(), "publish results without a secured budget"));
        Selection.Outcome outcome = Selection.select(Results.candidates(evaluated), Results.amounts(budget));
        return calls.publishResults(callId, Results.of(outcome, evaluated, budget), call.version());
    }
}

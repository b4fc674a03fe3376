package org.coopsuite.call.proposal.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.ResultEntry;
import org.coopsuite.call.proposal.EvaluationService;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call's evaluation over HTTP: a programme officer of a participating side starts it and
 * publishes the results (the selection runs then); anyone authenticated reads the results.
 */
@RestController
class EvaluationController {

    private static final String OFFICER = "hasRole('PROGRAMME_OFFICER')";
    private static final String IF_MATCH = "If-Match";

    private final EvaluationService evaluation;
    private final CallService calls;

    EvaluationController(EvaluationService evaluation, CallService calls) {
        this.evaluation = evaluation;
        this.calls = calls;
    }

    /** The call's state after the command, as {@code GET /api/calls/{id}} shows it. */
    record CallStateResponse(String id, long version, CallState state) {
        static CallStateResponse of(Call call) {
            return new CallStateResponse(call.id(), call.version() + call.recordedEvents().size(), call.state());
        }
    }

    /**
     * The published results: selected and reserve best first (with the proposals that joined the
     * reserve after a redress), the rejected, and what is spent per side; for a joint call whose results await the sides' approval (RESULTS_PROPOSED), the proposed ones.
     */
    record ResultsResponse(String callId, CallState state, List<ResultEntry> selected, List<ResultEntry> reserve,
            List<String> rejected, Map<String, Money> selectedPerSide) {
    }

    @PostMapping("/api/calls/{id}/evaluation")
    @PreAuthorize(OFFICER)
    CallStateResponse start(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return CallStateResponse.of(evaluation.startEvaluation(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/api/calls/{id}/results")
    @PreAuthorize(OFFICER)
    ResultsResponse publish(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return results(evaluation.publishResults(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    /** 409 until the call's results are published. */
    @GetMapping("/api/calls/{id}/results")
    ResultsResponse get(@PathVariable String id) {
        Call call = calls.get(id);
        if (call.state() != CallState.RESULTS_PUBLISHED) {
            throw new IllegalTransitionException(Call.TYPE, id, call.state(), "read results");
        }
        return withJoinedReserve(results(call), evaluation.joinedReserve(id));
    }

    /** The published results with the proposals that joined the reserve since, no longer among the rejected. */
    private static ResultsResponse withJoinedReserve(ResultsResponse published, List<ResultEntry> joined) {
        if (joined.isEmpty()) {
            return published;
        }
        List<String> joinedIds = joined.stream().map(ResultEntry::proposalId).toList();
        List<ResultEntry> reserve = new ArrayList<>(published.reserve().stream()
                .filter(e -> !joinedIds.contains(e.proposalId())).toList());
        reserve.addAll(joined);
        reserve.sort(Comparator.comparingInt(ResultEntry::rank));
        return new ResultsResponse(published.callId(), published.state(), published.selected(), List.copyOf(reserve),
                published.rejected().stream().filter(id -> !joinedIds.contains(id)).toList(), published.selectedPerSide());
    }

    private static ResultsResponse results(Call call) {
        if (call.state() == CallState.RESULTS_PROPOSED) {
            var proposed = call.deliberation();
            return new ResultsResponse(call.id(), call.state(),
                    proposed.proposed().stream().filter(ResultEntry::selected).toList(),
                    proposed.proposed().stream().filter(e -> !e.selected()).toList(), proposed.proposedRejected(),
                    proposed.proposedSelectedPerSide());
        }
        return new ResultsResponse(call.id(), call.state(), call.results().stream().filter(ResultEntry::selected).toList(),
                call.results().stream().filter(e -> !e.selected()).toList(), call.rejected(), call.selectedPerSide());
    }
}

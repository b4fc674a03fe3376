package org.coopsuite.call.proposal;

import java.time.Duration;
import java.time.Instant;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallProperties;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.StateChange;
import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.security.Sides;
import org.springframework.stereotype.Service;

/**
 * Redress after a call's results: the applicant who submitted a proposal asks once, within the
 * window after publication ({@code coop.call.redress-window}, 30 days), naming a criterion and a
 * reason; the redress committee (a programme officer of one of the call's sides) upholds or
 * rejects it with a reason. An upheld request opens the proposal's next evaluation round
 * ({@link PanelService}), for experts who did not evaluate it before.
 */
@Service
public class RedressService {

    private final AggregateRepository<Proposal> stored;
    private final CallService calls;
    private final Duration window;

    RedressService(Aggregates aggregates, CallService calls, CallProperties properties) {
        this.stored = aggregates.repository(ProposalService.COLLECTION, Proposal.class);
        this.calls = calls;
        this.window = properties.redressWindow();
    }

    public Proposal request(String id, String caller, String criterion, String reason, Long expectedVersion) {
        Proposal proposal = stored.load(id, expectedVersion);
        if (!proposal.submitter().equals(caller)) {
            throw new ForbiddenException("Only the applicant who submitted proposal " + id + " asks for its redress");
        }
        Call call = published(proposal, "request redress");
        return stored.save(proposal.requestRedress(criterion, reason, publishedAt(call), window, stored.context(call)));
    }

    public Proposal decide(String id, boolean upheld, String reason, String callerSide, Long expectedVersion) {
        Proposal proposal = stored.load(id, expectedVersion);
        // who the caller is before where the call stands: another side learns nothing of its state
        Sides.require(callerSide, calls.get(proposal.callId()).participatingSides());
        Call call = published(proposal, "decide on a redress request");
        return stored.save(proposal.decideRedress(upheld, reason, callerSide, stored.context(call)));
    }

    private Call published(Proposal proposal, String action) {
        Call call = calls.get(proposal.callId());
        if (call.state() != CallState.RESULTS_PUBLISHED) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.state(), action);
        }
        return call;
    }

    /** When the call's results were published: the redress window opens then. */
    static Instant publishedAt(Call call) {
        return call.history().stream().filter(c -> c.state() == CallState.RESULTS_PUBLISHED).map(StateChange::at)
                .reduce((first, second) -> second).orElseThrow();
    }
}

package org.coopsuite.call.call;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;

import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.CommandIds;
import org.coopsuite.schemas.call.CallClosure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Runs the call commands: validate, load, transition, store state and events together. A
 * programme officer acts only on calls their side takes part in. Every later event of a call
 * carries on the thread its drafting started (its correlation id); the cause is the current work.
 */
@Service
public class CallService {

    private static final Logger log = LoggerFactory.getLogger(CallService.class);
    /** The collection of the stored calls. */
    public static final String COLLECTION = "calls";

    private final AggregateRepository<Call> stored;
    private final CallRules rules;
    private final SecuredFunding funding;
    private final Calls calls;
    private final Clock clock;

    CallService(Aggregates aggregates, CallRules rules, SecuredFunding funding, Calls calls, Clock clock) {
        this.stored = aggregates.repository(COLLECTION, Call.class);
        this.rules = rules;
        this.funding = funding;
        this.calls = calls;
        this.clock = clock;
    }

    /** Drafts the mandated call once: a mandate delivered again finds its call and changes nothing. */
    public void draftFromMandate(DraftCallFromMandate command) {
        Call call = Call.draftFromMandate(command, stored.context());
        if (!stored.insert(call)) {
            log.info("Call {} exists already: mandate {} was delivered again", call.id(), command.mandate());
        }
    }

    /**
     * Drafts a call by hand, for sides that include the caller's. A request run again under its
     * Idempotency-Key finds the call its first run drafted and answers it.
     */
    public Call draft(DraftCall command, String callerSide) {
        Sides.require(callerSide, command.participatingSides());
        String id = CommandIds.of("call");
        Optional<Call> drafted = CommandIds.madeBefore(id, stored::find);
        if (drafted.isPresent()) {
            return drafted.get();
        }
        rules.check(command, today());
        return stored.save(Call.draft(id, command, stored.context()));
    }

    public Call edit(String id, CallContent content, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        rules.check(content, call.participatingSides(), today());
        return stored.save(call.edit(content, stored.context(call)));
    }

    public Call submitForFunding(String id, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        if (call.state() == CallState.DRAFT) {
            rules.checkComplete(call);
        }
        return stored.save(call.submitForFunding(stored.context(call)));
    }

    public Call cancel(String id, String reason, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        return stored.save(call.cancel(reason, stored.context(call)));
    }

    public Call closeByHand(String id, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        return stored.save(call.close(CallClosure.BY_HAND, today(), stored.context(call)));
    }

    /** Starts evaluation; the caller counted the eligible proposals. */
    public Call startEvaluation(String id, int eligibleProposals, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        return stored.save(call.startEvaluation(eligibleProposals, stored.context(call)));
    }

    /** Publishes results the caller selected from the call as it was read at {@code readAt}. */
    public Call publishResults(String id, CallResults results, long readAt) {
        Call call = stored.load(id, readAt);
        return stored.save(call.publishResults(results, stored.context(call)));
    }

    /**
     * Runs a step of the panel's or the sides' work ({@link PanelSteps}) on the call at the version
     * the command expects, for a caller of a participating side (null: the service's own work).
     */
    public Call step(String id, Long expectedVersion, String callerSide, BiFunction<Call, EventContext, Call> step) {
        Call call = load(id, expectedVersion, callerSide);
        return stored.save(step.apply(call, stored.context(call)));
    }

    /** Opens the call if it awaits funding, its funding is secured and its opening date has come. */
    public boolean openIfDue(String id) {
        Call call = get(id);
        boolean secured = funding.securedBudget(id).isPresent();
        LocalDate today = today();
        if (call.state() != CallState.AWAITING_FUNDING || !secured || today.isBefore(call.content().timeline().opening())) {
            return false;
        }
        return saveQuietly(call.open(today, true, stored.context(call)));
    }

    /** Closes the call if it is open and its deadline has passed. */
    public boolean closeIfDue(String id) {
        Call call = get(id);
        if (call.state() != CallState.OPEN || !today().isAfter(call.content().timeline().deadline())) {
            return false;
        }
        return saveQuietly(call.close(CallClosure.DEADLINE, today(), stored.context(call)));
    }

    public Call get(String id) {
        return stored.load(id);
    }

    /** The call at the version a command expects (null: any). */
    public Call get(String id, Long expectedVersion) {
        return stored.load(id, expectedVersion);
    }

    public Page<Call> list(Calls.CallFilter filter, Pageable pageable) {
        return calls.list(filter, pageable);
    }

    /** Today in the suite's time zone (UTC), as the injectable clock says. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @param callerSide null for the service's own work, which no side restricts */
    private Call load(String id, Long expectedVersion, String callerSide) {
        Call call = stored.load(id, expectedVersion);
        if (callerSide != null) {
            Sides.require(callerSide, call.participatingSides());
        }
        return call;
    }

    private boolean saveQuietly(Call call) {
        try {
            stored.save(call);
            return true;
        } catch (StaleVersionException e) {
            // another instance, or a command, wrote first: what is still due is found on the next run
            log.info("Call {} changed meanwhile; left to the next check", call.id());
            return false;
        }
    }
}

package org.coopsuite.call.call;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.aggregate.AggregateStore;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.schemas.call.CallClosure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Runs the call commands: validate, load, transition, store state and events together. A
 * programme officer acts only on calls their side takes part in.
 */
@Service
public class CallService {

    private static final Logger log = LoggerFactory.getLogger(CallService.class);
    static final String COLLECTION = "calls";

    private final AggregateStore store;
    private final CallRules rules;
    private final SecuredFunding funding;
    private final Calls calls;
    private final Clock clock;
    private final String producer;

    CallService(AggregateStore store, CallRules rules, SecuredFunding funding, Calls calls, Clock clock,
            @Value("${spring.application.name}") String producer) {
        this.store = store;
        this.rules = rules;
        this.funding = funding;
        this.calls = calls;
        this.clock = clock;
        this.producer = producer;
        store.register(COLLECTION);
    }

    /** Drafts the mandated call once: a mandate delivered again finds its call and changes nothing. */
    public void draftFromMandate(DraftCallFromMandate command) {
        Call call = Call.draftFromMandate(command, context());
        if (!store.save(COLLECTION, call)) {
            log.info("Call {} exists already: mandate {} was delivered again", call.id(), command.mandate());
        }
    }

    /** Drafts a call by hand, for sides that include the caller's. */
    public Call draft(DraftCall command, String callerSide) {
        Sides.require(callerSide, command.participatingSides());
        rules.check(command, today());
        Call call = Call.draft(UUID.randomUUID().toString(), command, context());
        store.save(COLLECTION, call);
        return call;
    }

    public Call edit(String id, CallContent content, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        rules.check(content, call.participatingSides(), today());
        return save(call.edit(content, context(call)));
    }

    public Call submitForFunding(String id, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        if (call.state() == CallState.DRAFT) {
            rules.checkComplete(call);
        }
        return save(call.submitForFunding(context(call)));
    }

    public Call cancel(String id, String reason, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        return save(call.cancel(reason, context(call)));
    }

    public Call closeByHand(String id, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        return save(call.close(CallClosure.BY_HAND, today(), context(call)));
    }

    /** Starts evaluation; the caller counted the eligible proposals. */
    public Call startEvaluation(String id, int eligibleProposals, Long expectedVersion, String callerSide) {
        Call call = load(id, expectedVersion, callerSide);
        return save(call.startEvaluation(eligibleProposals, context(call)));
    }

    /** Publishes results the caller selected from the call as it was read at {@code readAt}. */
    public Call publishResults(String id, CallResults results, long readAt) {
        Call call = load(id, readAt, null);
        return save(call.publishResults(results, context(call)));
    }

    /** Opens the call if it awaits funding, its funding is secured and its opening date has come. */
    public boolean openIfDue(String id) {
        Call call = get(id);
        boolean secured = funding.securedBudget(id).isPresent();
        LocalDate today = today();
        if (call.state() != CallState.AWAITING_FUNDING || !secured || today.isBefore(call.content().timeline().opening())) {
            return false;
        }
        return saveQuietly(call.open(today, true, context(call)));
    }

    /** Closes the call if it is open and its deadline has passed. */
    public boolean closeIfDue(String id) {
        Call call = get(id);
        if (call.state() != CallState.OPEN || !today().isAfter(call.content().timeline().deadline())) {
            return false;
        }
        return saveQuietly(call.close(CallClosure.DEADLINE, today(), context(call)));
    }

    public Call get(String id) {
        return store.load(COLLECTION, id, Call.class).orElseThrow(() -> new NotFoundException(Call.TYPE, id));
    }

    public List<Call> list(Calls.CallFilter filter, int page, int size) {
        return calls.list(filter, page, size);
    }

    /** Today in the suite's time zone (UTC), as the injectable clock says. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private boolean saveQuietly(Call call) {
        try {
            store.save(COLLECTION, call);
            return true;
        } catch (StaleVersionException e) {
            // another instance, or a command, wrote first: what is still due is found on the next run
            log.info("Call {} changed meanwhile; left to the next check", call.id());
            return false;
        }
    }

    /** @param callerSide null for the service's own work, which no side restricts */
    private Call load(String id, Long expectedVersion, String callerSide) {
        Call call = get(id);
        if (expectedVersion != null && expectedVersion != call.version()) {
            throw new StaleVersionException(id, expectedVersion);
        }
        if (callerSide != null) {
            Sides.require(callerSide, call.participatingSides());
        }
        return call;
    }

    private Call save(Call call) {
        store.save(COLLECTION, call);
        return call;
    }

    private EventContext context() {
        return EventContext.current(clock.instant(), producer);
    }

    /** Every later event of a call carries on the thread its drafting started; the cause is the current work. */
    public EventContext context(Call call) {
        String correlation = call.correlationId() != null ? call.correlationId() : Correlation.correlationId();
        return new EventContext(clock.instant(), correlation, Correlation.causationId(), producer);
    }
}

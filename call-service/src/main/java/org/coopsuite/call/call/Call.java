package org.coopsuite.call.call;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.CallClosure;
import org.coopsuite.schemas.common.CallModality;

/**
 * A joint, coordinated or twinning call of the participating sides: what it funds, its indicative
 * budget per side, its timeline and eligibility rules, and where it is in its life. Each transition
 * checks the state, changes it and records the event that says so ({@link CallEvents} builds them).
 */
public class Call extends AggregateRoot<Call> {

    public static final String TYPE = "Call";

    private String id;
    private CallModality modality;
    private List<String> participatingSides;
    private CallContent content;
    private LocalDate targetOpeningDate;
    private MandateReference mandate;
    private CallState state;
    private Instant draftedAt;
    private String correlationId;
    private List<StateChange> history = new ArrayList<>();
    private String cancellationReason;
    private CallClosure closure;
    private List<ResultEntry> results = new ArrayList<>();
    private List<String> rejected = new ArrayList<>();
    private Map<String, Money> selectedPerSide = Map.of();
    Deliberation deliberation = Deliberation.NONE; // package-private: PanelSteps changes it

    Call() {
    }

    /** Drafts the call a dialogue mandated; its id is the one the mandate fixed, its rules the defaults. */
    public static Call draftFromMandate(DraftCallFromMandate command, EventContext context) {
        CallContent content = new CallContent(command.title(), List.of(command.strategicArea()), command.topics(),
                command.indicativeBudget(), null, EligibilityRules.DEFAULT, 0, command.globalChallenges(), null);
        List<String> sides = command.indicativeBudget().keySet().stream().sorted().toList();
        return drafted(command.callId(), new DraftCall(command.modality(), sides, content), command.targetOpeningDate(),
                command.mandate(), context);
    }

    /** Drafts a call by hand; the command has been checked against reference data. */
    public static Call draft(String id, DraftCall command, EventContext context) {
        LocalDate opening = command.content().timeline() == null ? null : command.content().timeline().opening();
        return drafted(id, command, opening, null, context);
    }

    private static Call drafted(String id, DraftCall command, LocalDate opening, MandateReference mandate,
            EventContext context) {
        Call call = new Call();
        call.id = id;
        call.modality = command.modality();
        call.participatingSides = command.participatingSides();
        call.content = command.content();
        call.targetOpeningDate = opening;
        call.mandate = mandate;
        call.draftedAt = context.now();
        call.correlationId = context.correlationId();
        call.enter(CallState.DRAFT, context);
        call.record(CallEvents.drafted(call, call.nextMeta("CallDrafted", context)));
        return call;
    }

    /** Replaces the editable content of a draft. */
    public Call edit(CallContent newContent, EventContext context) {
        require(CallState.DRAFT, "edit");
        content = newContent;
        if (newContent.timeline() != null) {
            targetOpeningDate = newContent.timeline().opening();
        }
        record(CallEvents.updated(this, nextMeta("CallUpdated", context)));
        return this;
    }

    /** Submits a complete draft for co-funding; completeness has been checked ({@link CallRules}). */
    public Call submitForFunding(EventContext context) {
        require(CallState.DRAFT, "submit for funding");
        enter(CallState.AWAITING_FUNDING, context);
        record(CallEvents.submittedForFunding(this, nextMeta("CallSubmittedForFunding", context)));
        return this;
    }

    /** Opens the call once its co-funding is secured and its opening date has come. */
    public Call open(LocalDate today, boolean fundingSecured, EventContext context) {
        require(CallState.AWAITING_FUNDING, "open");
        if (!fundingSecured || today.isBefore(content.timeline().opening())) {
            throw new IllegalTransitionException(TYPE, id, state,
                    "open before its co-funding is secured and its opening date " + content.timeline().opening() + " has come");
        }
        enter(CallState.OPEN, context);
        record(CallEvents.opened(this, today, nextMeta("CallOpened", context)));
        return this;
    }

    /** Closes an open call: by hand at any time, at its deadline once the deadline day is over. */
    public Call close(CallClosure why, LocalDate today, EventContext context) {
        require(CallState.OPEN, "close");
        if (why == CallClosure.DEADLINE && !today.isAfter(content.timeline().deadline())) {
            throw new IllegalTransitionException(TYPE, id, state, "close at a deadline that has not passed");
        }
        closure = why;
        enter(CallState.CLOSED, context);
        record(CallEvents.closed(this, why, today, nextMeta("CallClosed", context)));
        return this;
    }

    /**
     * Starts evaluating the eligible proposals of a closed call by its panel: a call is evaluated
     * by the experts it names (their assignments, conflicts and consensus), never without them.
     */
    public Call startEvaluation(int eligibleProposals, EventContext context) {
        require(CallState.CLOSED, "start evaluation");
        if (deliberation.panel() == null) {
            throw new IllegalTransitionException(TYPE, id, state, "start evaluation without a panel: appoint the"
                    + " call's panel of experts first (PUT /api/calls/" + id + "/panel)");
        }
        enter(CallState.IN_EVALUATION, context);
        record(CallEvents.evaluationStarted(this, eligibleProposals, nextMeta("CallEvaluationStarted", context)));
        return this;
    }

    /** Cancels the call, with the reason given, in any state before its results. */
    public Call cancel(String reason, EventContext context) {
        if (state == CallState.RESULTS_PUBLISHED || state == CallState.CANCELLED) {
            throw new IllegalTransitionException(TYPE, id, state, "cancel");
        }
        CallState previous = state;
        cancellationReason = reason;
        enter(CallState.CANCELLED, context);
        record(CallEvents.cancelled(this, reason, previous, nextMeta("CallCancelled", context)));
        return this;
    }

    /** Publishes the results of an evaluation: the selection has been made ({@code proposal.Selection}). */
    public Call publishResults(CallResults published, EventContext context) {
        if (state != CallState.IN_EVALUATION && state != CallState.RESULTS_PROPOSED) {
            throw new IllegalTransitionException(TYPE, id, state, "publish results");
        }
        results = CallEvents.entries(published);
        rejected = List.copyOf(published.rejected());
        selectedPerSide = Map.copyOf(published.selectedPerSide());
        enter(CallState.RESULTS_PUBLISHED, context);
        record(CallEvents.resultsPublished(this, published, nextMeta("CallResultsPublished", context)));
        return this;
    }

    /** Whether proposals are accepted on this day: the call is open and its deadline not over. */
    public boolean acceptsProposalsOn(LocalDate day) {
        return state == CallState.OPEN && !day.isAfter(content.timeline().deadline());
    }

    /** A step of {@link PanelSteps}: enters {@code next} (null: stays), records the event built on its meta. */
    Call step(CallState next, String eventType, EventContext context, PanelSteps.Event event) {
        if (next != null) {
            enter(next, context);
        }
        record(event.of(nextMeta(eventType, context)));
        return this;
    }

    void require(CallState expected, String action) {
        if (state != expected) {
            throw new IllegalTransitionException(TYPE, id, state, action);
        }
    }

    private void enter(CallState next, EventContext context) {
        state = next;
        history.add(new StateChange(next, context.now()));
    }

    @Override
    public String id() {
        return id;
    }

    public CallModality modality() {
        return modality;
    }

    public List<String> participatingSides() {
        return participatingSides;
    }

    public CallContent content() {
        return content;
    }

    public LocalDate targetOpeningDate() {
        return targetOpeningDate;
    }

    public MandateReference mandate() {
        return mandate;
    }

    public CallState state() {
        return state;
    }

    /** The cooperation thread the call belongs to, from the command that drafted it (the mandate's, if any). */
    @Override
    public String correlationId() {
        return correlationId;
    }

    public Instant draftedAt() {
        return draftedAt;
    }

    public List<StateChange> history() {
        return List.copyOf(history);
    }

    public String cancellationReason() {
        return cancellationReason;
    }

    public CallClosure closure() {
        return closure;
    }

    public List<ResultEntry> results() {
        return List.copyOf(results);
    }

    /** The ids of the evaluated proposals below threshold, once results are published. */
    public List<String> rejected() {
        return List.copyOf(rejected);
    }

    public Map<String, Money> selectedPerSide() {
        return selectedPerSide;
    }

    /** Its panel (null until appointed; no evaluation starts without one) and what panel and sides decided. */
    public Deliberation deliberation() {
        return deliberation;
    }

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}

package org.coopsuite.call.call;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;

/**
 * The steps of a call's panel and of its sides between evaluation and results: appointing the
 * panel, ordering ties, proposing a joint call's results, each side approving or returning them,
 * and each side of a coordinated call selecting.
 * Each checks the call's state, changes it and records its event ({@link PanelEvents}).
 */
public final class PanelSteps {

    /** Builds a step's event on its meta. */
    interface Event {
        SpecificRecord of(EventMeta meta);
    }

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private PanelSteps() {
    }

    /**
     * Appoints the panel: until the evaluation starts it replaces any earlier one; from then on it
     * may only gain experts (re-evaluations after a redress need fresh ones), never lose one or change a rule.
     *
     * @throws InvalidCommandException for an expert of a side that does not take part, twice the same expert,
     *         fewer experts than evaluations needed, or thresholds outside half points of their range
     */
    public static Call appointPanel(Call call, Panel panel, EventContext context) {
        if (call.state() == CallState.CANCELLED) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.state(), "appoint a panel");
        }
        checkPanel(panel, call.participatingSides());
        Panel current = call.deliberation.panel();
        boolean evaluating = call.state() != CallState.DRAFT && call.state() != CallState.AWAITING_FUNDING
                && call.state() != CallState.OPEN && call.state() != CallState.CLOSED;
        if (evaluating && (current == null || !panel.enlarges(current))) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.state(),
                    "change the panel other than by adding experts, once the evaluation has started");
        }
        call.deliberation = call.deliberation.withPanel(panel);
        return call.step(null, "PanelAppointed", context, meta -> PanelEvents.appointed(call, panel, meta));
    }

    /** Records the panel's note ordering tied proposals, while the panel evaluates. */
    public static Call orderTies(Call call, List<String> order, String note, EventContext context) {
        call.require(CallState.IN_EVALUATION, "order tied proposals");
        if (new HashSet<>(order).size() != order.size()) {
            throw new InvalidCommandException(java.util.Map.of("order", "names each proposal once"));
        }
        call.deliberation = call.deliberation.withTies(order, note);
        return call.step(null, "PanelTiesOrdered", context, meta -> PanelEvents.tiesOrdered(call, meta));
    }

    /** Proposes a joint call's ranked results for the sides' approval. */
    public static Call propose(Call call, CallResults proposed, EventContext context) {
        call.require(CallState.IN_EVALUATION, "propose results");
        requireModality(call, CallModality.JOINT, "propose results for approval");
        call.deliberation = call.deliberation.withProposed(proposed);
        return call.step(CallState.RESULTS_PROPOSED, "CallResultsProposed", context,
                meta -> PanelEvents.proposed(call, proposed, meta));
    }

    /**
     * One side approves the proposed results; the last side's approval publishes them, in the
     * same write, as {@code published} builds them from what was proposed.
     */
    public static Call approve(Call call, String side, String by, Supplier<CallResults> published,
            EventContext context) {
        call.require(CallState.RESULTS_PROPOSED, "approve the proposed results");
        if (call.deliberation.approvals().containsKey(side)) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.state(),
                    "approve the proposed results again for " + side);
        }
        call.deliberation = call.deliberation.withApproval(side, by);
        List<String> awaiting = awaitingApproval(call);
        call.step(null, "CallResultsApproved", context, meta -> PanelEvents.approved(call, side, by, awaiting, meta));
        return awaiting.isEmpty() ? call.publishResults(published.get(), context) : call;
    }

    /** One side rejects the proposed results with a reason: they go back to the panel, every approval void. */
    public static Call returnToPanel(Call call, String side, String reason, EventContext context) {
        call.require(CallState.RESULTS_PROPOSED, "reject the proposed results");
        call.deliberation = call.deliberation.returned();
        return call.step(CallState.IN_EVALUATION, "CallResultsReturned", context,
                meta -> PanelEvents.returned(call, side, reason, meta));
    }

    /** A side of a coordinated call selects proposals for its own partners (the service checked them and the budget). */
    public static Call selectForSide(Call call, String side, List<String> selected, Money requested,
            EventContext context) {
        call.require(CallState.IN_EVALUATION, "select proposals for a side");
        requireModality(call, CallModality.COORDINATED, "select proposals per side");
        call.deliberation = call.deliberation.withSideSelection(side, selected);
        return call.step(null, "SideSelectionDecided", context,
                meta -> PanelEvents.sideSelected(call, side, selected, requested, meta));
    }

    /** The participating sides that have not approved the proposed results yet. */
    public static List<String> awaitingApproval(Call call) {
        return call.participatingSides().stream().filter(s -> !call.deliberation.approvals().containsKey(s)).toList();
    }

    static void checkPanel(Panel panel, List<String> sides) {
        var errors = new InvalidCommandException.Collector();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < panel.experts().size(); i++) {
            Expert expert = panel.experts().get(i);
            errors.check(sides.contains(expert.side()), "experts[" + i + "].side",
                    "must be one of the call's participating sides " + sides);
            errors.check(ids.add(expert.id()), "experts[" + i + "].id", "names an expert already on the panel");
        }
        errors.check(panel.requiredEvaluations() >= 1, "requiredEvaluations", "must be at least 1")
                .check(panel.experts().size() >= panel.requiredEvaluations(), "experts",
                        "needs at least as many experts as evaluations per proposal (" + panel.requiredEvaluations() + ")")
                .check(halfPoints(panel.criterionThreshold(), 5), "criterionThreshold", "must be 0 to 5 in half points")
                .check(halfPoints(panel.totalThreshold(), 15), "totalThreshold", "must be 0 to 15 in half points")
                .throwIfAny();
    }

    private static boolean halfPoints(BigDecimal value, int max) {
        return value != null && value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0
                && value.remainder(HALF).signum() == 0;
    }

    private static void requireModality(Call call, CallModality modality, String action) {
        if (call.modality() != modality) {
            throw new IllegalTransitionException(Call.TYPE, call.id(), call.modality().name(), action);
        }
    }
}

package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * One meeting of a cooperation platform: its level, date, participating sides and co-chairs, its
 * agenda, and the decisions and action items of its session. Each transition checks the state,
 * changes it and records the event that says so; the agenda and the action items are collaborators
 * that hold their own rules, and what is fixed at scheduling is its {@link DialogueSetting}.
 */
public class Dialogue extends DialogueSetting {

    static final String TYPE = "Dialogue";
    private static final Set<DialogueState> AGENDA_OPEN =
            Set.of(DialogueState.SCHEDULED, DialogueState.POSTPONED, DialogueState.IN_SESSION);

    private LocalDate date;
    private boolean dateToBeConfirmed;
    private DialogueState state;
    private List<Decision> decisions = new ArrayList<>();
    private String reason;
    private List<String> minutesApprovals = new ArrayList<>();
    private boolean minutesAdopted;
    private Agenda agenda = new Agenda();
    private ActionItemList actionItems = new ActionItemList();

    Dialogue() {
    }

    /** Schedules a new dialogue; the command has been validated against reference data. */
    public static Dialogue schedule(String id, ScheduleDialogue command, EventContext context) {
        Dialogue dialogue = new Dialogue();
        dialogue.scheduleAs(id, command);
        dialogue.date = command.date();
        dialogue.dateToBeConfirmed = command.dateToBeConfirmed();
        dialogue.state = DialogueState.SCHEDULED;
        dialogue.record(DialogueEvents.scheduled(dialogue.nextMeta("DialogueScheduled", context), dialogue));
        return dialogue;
    }

    /** Opens the session in which decisions are recorded; its agenda is then taken up. */
    public Dialogue open(EventContext context) {
        require(state == DialogueState.SCHEDULED, "open the session");
        state = DialogueState.IN_SESSION;
        record(DialogueEvents.opened(nextMeta("DialogueOpened", context), id()));
        return this;
    }

    /** Records a decision taken in session; its content has been checked against the dialogue. */
    public Dialogue recordDecision(Decision decision, EventContext context) {
        require(state == DialogueState.IN_SESSION, "record a decision outside a session");
        decisions.add(decision);
        record(DialogueEvents.decisionRecorded(nextMeta("DecisionRecorded", context), id(), decision));
        return this;
    }

    /** Postpones a scheduled dialogue; it awaits a new date. */
    public Dialogue postpone(String reason, EventContext context) {
        require(state == DialogueState.SCHEDULED, "postpone");
        state = DialogueState.POSTPONED;
        this.reason = reason;
        record(DialogueEvents.postponed(nextMeta("DialoguePostponed", context), id(), reason));
        return this;
    }

    /** Gives a postponed dialogue a new date, a firm one; the date has been checked against today. */
    public Dialogue reschedule(LocalDate newDate, EventContext context) {
        require(state == DialogueState.POSTPONED, "reschedule");
        state = DialogueState.SCHEDULED;
        date = newDate;
        dateToBeConfirmed = false;
        reason = null;
        record(DialogueEvents.rescheduled(nextMeta("DialogueRescheduled", context), id(), newDate));
        return this;
    }

    /** Confirms the proposed date of a scheduled dialogue, or fixes another one. */
    public Dialogue confirmDate(LocalDate confirmed, EventContext context) {
        require(state == DialogueState.SCHEDULED && dateToBeConfirmed, "confirm the date");
        date = confirmed;
        dateToBeConfirmed = false;
        record(DialogueEvents.dateConfirmed(nextMeta("DialogueDateConfirmed", context), id(), confirmed));
        return this;
    }

    /** Concludes the session; the minutes then await every co-chair side's approval. */
    public Dialogue conclude(EventContext context) {
        require(state == DialogueState.IN_SESSION, "conclude");
        state = DialogueState.CONCLUDED;
        record(DialogueEvents.concluded(nextMeta("DialogueConcluded", context), id()));
        return this;
    }

    /** Cancels a dialogue that has not taken place: one scheduled or postponed. */
    public Dialogue cancel(String reason, EventContext context) {
        require(state == DialogueState.SCHEDULED || state == DialogueState.POSTPONED, "cancel");
        state = DialogueState.CANCELLED;
        this.reason = reason;
        record(DialogueEvents.cancelled(nextMeta("DialogueCancelled", context), id(), reason));
        return this;
    }

    /**
     * Approves the minutes on behalf of one co-chair side; the last side's approval adopts them.
     * A repeated approval changes nothing and records nothing, so a retried request is harmless.
     */
    public Dialogue approveMinutes(String side, EventContext context) {
        require(state == DialogueState.CONCLUDED, "approve the minutes");
        if (!coChairs().containsKey(side)) {
            throw new ForbiddenException("Side " + side + " chairs no part of dialogue " + id());
        }
        if (minutesApprovals.contains(side)) {
            return this;
        }
        minutesApprovals.add(side);
        record(DialogueEvents.minutesApproved(nextMeta("MinutesApproved", context), id(), side));
        if (minutesApprovals.containsAll(coChairs().keySet())) {
            minutesAdopted = true;
            record(DialogueEvents.minutesAdopted(nextMeta("MinutesAdopted", context), id()));
        }
        return this;
    }

    /**
     * Puts an item on the agenda while the dialogue has not concluded. An item the agenda covers
     * already (same causing event, same escalated matter) changes nothing and records nothing.
     */
    public Dialogue addAgendaItem(AgendaItem item, EventContext context) {
        require(AGENDA_OPEN.contains(state), "add an agenda item");
        if (agenda.add(item)) {
            record(DialogueEvents.agendaItemAdded(nextMeta("AgendaItemAdded", context), id(), item));
        }
        return this;
    }

    /** Takes up a matter escalated from a lower level (or none): an escalated agenda item, said once. */
    public Dialogue takeUpEscalation(AgendaItem item, DialogueLevel fromLevel, boolean consultationScheduled,
            EventContext context) {
        require(AGENDA_OPEN.contains(state) && item.escalated(), "take up an escalation");
        if (agenda.add(item)) {
            record(DialogueEvents.agendaItemAdded(nextMeta("AgendaItemAdded", context), id(), item));
            record(DialogueEvents.escalated(nextMeta("ConsultationEscalated", context), this, item, fromLevel,
                    consultationScheduled));
        }
        return this;
    }

    /** Assigns an action item, in session or after conclusion, to a side that takes part. */
    public Dialogue assignActionItem(String itemId, AssignActionItem command, EventContext context) {
        require(state == DialogueState.IN_SESSION || state == DialogueState.CONCLUDED, "assign an action item");
        ActionItem item = actionItems.assign(itemId, command, participatingSides(), context.correlationId());
        record(ActionItemEvents.assigned(nextMeta("ActionItemAssigned", context), id(), item));
        return this;
    }

    /** Completes an open or overdue action item; only its owner side may. */
    public Dialogue completeActionItem(String itemId, String side, EventContext context) {
        ActionItem done = actionItems.complete(itemId, side);
        record(ActionItemEvents.completed(nextMeta("ActionItemCompleted", context), id(), done));
        return this;
    }

    /**
     * Marks every open item whose due date is before today overdue; one already overdue stays as it
     * is. Each overdue fact carries on the cooperation thread its item was assigned in.
     */
    public Dialogue markOverdueActionItems(LocalDate today, EventContext context) {
        for (ActionItem overdue : actionItems.markOverdue(today)) {
            record(ActionItemEvents.overdue(nextMeta("ActionItemOverdue", context.carryingOn(overdue.correlationId())), id(),
                    overdue));
        }
        return this;
    }

    private void require(boolean allowed, String transition) {
        if (!allowed) {
            throw new IllegalTransitionException(TYPE, id(), state, transition);
        }
    }

    public ActionItem actionItem(String itemId) {
        return actionItems.get(itemId);
    }

    public List<ActionItem> actionItems() {
        return actionItems.items();
    }

    public List<AgendaItem> agenda() {
        return agenda.items();
    }

    public LocalDate date() {
        return date;
    }

    public boolean dateToBeConfirmed() {
        return dateToBeConfirmed;
    }

    public DialogueState state() {
        return state;
    }

    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    /** The reason of the postponement or cancellation that put it in its state, if any. */
    public String reason() {
        return reason;
    }

    /** The co-chair sides that approved the minutes, in side order. */
    public List<String> minutesApprovals() {
        return minutesApprovals.stream().sorted().toList();
    }

    public boolean minutesAdopted() {
        return minutesAdopted;
    }

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}

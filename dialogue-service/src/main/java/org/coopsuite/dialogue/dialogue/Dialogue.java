package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueCancelled;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialoguePostponed;
import org.coopsuite.schemas.dialogue.DialogueRescheduled;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.coopsuite.schemas.dialogue.MinutesAdopted;
import org.coopsuite.schemas.dialogue.MinutesApproved;

/**
 * One meeting of a cooperation platform: its level, date, participating sides and co-chairs,
 * and the decisions recorded during its session. Each transition checks the state, changes
 * it and records the event that says so.
 */
public class Dialogue extends AggregateRoot<Dialogue> {

    static final String TYPE = "Dialogue";

    private String id;
    private String title;
    private DialogueLevel level;
    private LocalDate date;
    private List<String> participatingSides;
    private Map<String, String> coChairs;
    private DialogueState state;
    private List<Decision> decisions = new ArrayList<>();
    private String reason;
    private List<String> minutesApprovals = new ArrayList<>();
    private boolean minutesAdopted;
    private List<ActionItem> actionItems = new ArrayList<>();

    Dialogue() {
    }

    /** Schedules a new dialogue; the command has been validated against reference data. */
    public static Dialogue schedule(String id, ScheduleDialogue command, EventContext context) {
        Dialogue dialogue = new Dialogue();
        dialogue.id = id;
        dialogue.title = command.title();
        dialogue.level = command.level();
        dialogue.date = command.date();
        dialogue.participatingSides = command.coChairs().keySet().stream().sorted().toList();
        dialogue.coChairs = Map.copyOf(command.coChairs());
        dialogue.state = DialogueState.SCHEDULED;
        dialogue.record(DialogueScheduled.newBuilder().setMeta(dialogue.nextMeta("DialogueScheduled", context))
                .setDialogueId(id).setTitle(dialogue.title).setLevel(dialogue.level).setDate(dialogue.date)
                .setParticipatingSides(dialogue.participatingSides)
                .setCoChairs(DialogueEvents.coChairs(dialogue.coChairs)).build());
        return dialogue;
    }

    /** Opens the session in which decisions are recorded. */
    public Dialogue open(EventContext context) {
        if (state != DialogueState.SCHEDULED) {
            throw new IllegalTransitionException(TYPE, id, state, "open the session");
        }
        state = DialogueState.IN_SESSION;
        record(DialogueOpened.newBuilder().setMeta(nextMeta("DialogueOpened", context)).setDialogueId(id).build());
        return this;
    }

    /** Records a decision taken in session; a call mandate must budget every participating side. */
    public Dialogue recordDecision(Decision decision, EventContext context) {
        if (state != DialogueState.IN_SESSION) {
            throw new IllegalTransitionException(TYPE, id, state, "record a decision outside a session");
        }
        decisions.add(decision);
        record(DecisionRecorded.newBuilder().setMeta(nextMeta("DecisionRecorded", context)).setDialogueId(id)
                .setDecisionId(decision.id()).setKind(decision.kind()).setSummary(decision.summary())
                .setMandate(decision.kind() == DecisionKind.CALL_MANDATE ? DialogueEvents.mandate(decision.mandate()) : null)
                .build());
        return this;
    }

    /** Postpones a scheduled dialogue; it awaits a new date. */
    public Dialogue postpone(String reason, EventContext context) {
        if (state != DialogueState.SCHEDULED) {
            throw new IllegalTransitionException(TYPE, id, state, "postpone");
        }
        state = DialogueState.POSTPONED;
        this.reason = reason;
        record(DialoguePostponed.newBuilder().setMeta(nextMeta("DialoguePostponed", context)).setDialogueId(id)
                .setReason(reason).build());
        return this;
    }

    /** Gives a postponed dialogue a new date; the date has been checked against today. */
    public Dialogue reschedule(LocalDate newDate, EventContext context) {
        if (state != DialogueState.POSTPONED) {
            throw new IllegalTransitionException(TYPE, id, state, "reschedule");
        }
        state = DialogueState.SCHEDULED;
        date = newDate;
        reason = null;
        record(DialogueRescheduled.newBuilder().setMeta(nextMeta("DialogueRescheduled", context)).setDialogueId(id)
                .setDate(newDate).build());
        return this;
    }

    /** Concludes the session; the minutes then await every co-chair side's approval. */
    public Dialogue conclude(EventContext context) {
        if (state != DialogueState.IN_SESSION) {
            throw new IllegalTransitionException(TYPE, id, state, "conclude");
        }
        state = DialogueState.CONCLUDED;
        record(DialogueConcluded.newBuilder().setMeta(nextMeta("DialogueConcluded", context)).setDialogueId(id).build());
        return this;
    }

    /** Cancels a dialogue that has not taken place: one scheduled or postponed. */
    public Dialogue cancel(String reason, EventContext context) {
        if (state != DialogueState.SCHEDULED && state != DialogueState.POSTPONED) {
            throw new IllegalTransitionException(TYPE, id, state, "cancel");
        }
        state = DialogueState.CANCELLED;
        this.reason = reason;
        record(DialogueCancelled.newBuilder().setMeta(nextMeta("DialogueCancelled", context)).setDialogueId(id)
                .setReason(reason).build());
        return this;
    }

    /**
     * Approves the minutes on behalf of one co-chair side; the last side's approval adopts them.
     * A repeated approval changes nothing and records nothing, so a retried request is harmless.
     */
    public Dialogue approveMinutes(String side, EventContext context) {
        if (state != DialogueState.CONCLUDED) {
            throw new IllegalTransitionException(TYPE, id, state, "approve the minutes");
        }
        if (!coChairs.containsKey(side)) {
            throw new ForbiddenException("Side " + side + " chairs no part of dialogue " + id);
        }
        if (minutesApprovals.contains(side)) {
            return this;
        }
        minutesApprovals.add(side);
        record(MinutesApproved.newBuilder().setMeta(nextMeta("MinutesApproved", context)).setDialogueId(id)
                .setSide(side).build());
        if (minutesApprovals.containsAll(coChairs.keySet())) {
            minutesAdopted = true;
            record(MinutesAdopted.newBuilder().setMeta(nextMeta("MinutesAdopted", context)).setDialogueId(id).build());
        }
        return this;
    }

    /**
     * Assigns an action item, in session or after conclusion, to a side that takes part; the due
     * date has been checked against today.
     */
    public Dialogue assignActionItem(String itemId, AssignActionItem command, EventContext context) {
        if (state != DialogueState.IN_SESSION && state != DialogueState.CONCLUDED) {
            throw new IllegalTransitionException(TYPE, id, state, "assign an action item");
        }
        if (!participatingSides.contains(command.ownerSide())) {
            throw new InvalidCommandException(Map.of("ownerSide", "must be a participating side: " + participatingSides));
        }
        ActionItem item = ActionItem.open(itemId, command);
        actionItems.add(item);
        record(ActionItemEvents.assigned(nextMeta("ActionItemAssigned", context), id, item));
        return this;
    }

    /** Completes an open or overdue action item; only its owner side may. */
    public Dialogue completeActionItem(String itemId, String side, EventContext context) {
        ActionItem item = actionItem(itemId);
        if (!item.ownerSide().equals(side)) {
            throw new ForbiddenException("Action item " + itemId + " is owned by " + item.ownerSide() + ", not " + side);
        }
        ActionItem done = item.completed();
        actionItems.set(actionItems.indexOf(item), done);
        record(ActionItemEvents.completed(nextMeta("ActionItemCompleted", context), id, done));
        return this;
    }

    /** Marks every open item whose due date is before today overdue; one already overdue stays as it is. */
    public Dialogue markOverdueActionItems(LocalDate today, EventContext context) {
        for (int i = 0; i < actionItems.size(); i++) {
            if (actionItems.get(i).isOverdueOn(today)) {
                ActionItem overdue = actionItems.get(i).overdue();
                actionItems.set(i, overdue);
                record(ActionItemEvents.overdue(nextMeta("ActionItemOverdue", context), id, overdue));
            }
        }
        return this;
    }

    public ActionItem actionItem(String itemId) {
        return actionItems.stream().filter(item -> item.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException(ActionItem.TYPE, itemId));
    }

    public List<ActionItem> actionItems() {
        return List.copyOf(actionItems);
    }

    @Override
    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public DialogueLevel level() {
        return level;
    }

    public LocalDate date() {
        return date;
    }

    public List<String> participatingSides() {
        return participatingSides;
    }

    public Map<String, String> coChairs() {
        return coChairs;
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

package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialogueScheduled;

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

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}

package org.coopsuite.dialogue.dialogue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.coopsuite.platform.aggregate.AggregateRepository;
import org.coopsuite.platform.aggregate.Aggregates;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.CommandIds;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.springframework.stereotype.Service;

/** Runs the dialogue commands: validate, load, transition, store state and events together. */
@Service
public class DialogueService {

    /** The collection of the stored dialogues. */
    public static final String COLLECTION = "dialogues";

    private final AggregateRepository<Dialogue> stored;
    private final DialogueRules rules;
    private final Platforms platforms;
    private final DialogueQueries queries;
    private final Clock clock;

    DialogueService(Aggregates aggregates, DialogueRules rules, Platforms platforms, DialogueQueries queries,
            Clock clock) {
        this.stored = aggregates.repository(COLLECTION, Dialogue.class);
        this.rules = rules;
        this.platforms = platforms;
        this.queries = queries;
        this.clock = clock;
    }

    /**
     * Schedules a one-off dialogue, or a meeting of a platform (at the platform's level). A request
     * run again under its Idempotency-Key (every create below the same) finds what its first run
     * stored and answers it.
     */
    public Dialogue schedule(ScheduleDialogue requested) {
        String id = CommandIds.of("dialogue");
        Optional<Dialogue> scheduled = CommandIds.madeBefore(id, stored::find);
        if (scheduled.isPresent()) {
            return scheduled.get();
        }
        ScheduleDialogue command = platforms.resolve(requested);
        rules.check(command, LocalDate.now(clock));
        return save(Dialogue.schedule(id, command, context()));
    }

    /** Opens the session; the secretariat of a participating side runs it. */
    public Dialogue open(String id, Long expectedVersion, String callerSide) {
        return save(load(id, expectedVersion, callerSide).open(context()));
    }

    /** Postpones a scheduled dialogue, with the reason given. */
    public Dialogue postpone(String id, String reason, Long expectedVersion, String callerSide) {
        return save(load(id, expectedVersion, callerSide).postpone(reason, context()));
    }

    /** Gives a postponed dialogue a new date, not in the past. */
    public Dialogue reschedule(String id, LocalDate date, Long expectedVersion, String callerSide) {
        rules.checkNewDate(date, LocalDate.now(clock));
        return save(load(id, expectedVersion, callerSide).reschedule(date, context()));
    }

    /** Concludes the session. */
    public Dialogue conclude(String id, Long expectedVersion, String callerSide) {
        return save(load(id, expectedVersion, callerSide).conclude(context()));
    }

    /** Cancels a dialogue that has not taken place, with the reason given. */
    public Dialogue cancel(String id, String reason, Long expectedVersion, String callerSide) {
        return save(load(id, expectedVersion, callerSide).cancel(reason, context()));
    }

    /** Approves the minutes for the caller's side; a repeated approval stores nothing. */
    public Dialogue approveMinutes(String id, Long expectedVersion, String callerSide) {
        return save(load(id, expectedVersion, callerSide).approveMinutes(callerSide, context()));
    }

    /**
     * Records a decision, checked against the dialogue; the decision's id, and for a mandate the id
     * of the call it launches, are fixed here.
     */
    public Decision recordDecision(String id, Decision requested, Long expectedVersion, String callerSide) {
        String decisionId = CommandIds.of("decision");
        Optional<Decision> recorded = CommandIds.madeBefore(decisionId, held -> load(id, null, callerSide).decisions()
                .stream().filter(d -> d.id().equals(held)).findFirst());
        if (recorded.isPresent()) {
            return recorded.get();
        }
        Dialogue dialogue = load(id, expectedVersion, callerSide);
        rules.check(requested, dialogue);
        rules.checkTargetOpening(requested, LocalDate.now(clock));
        CallMandate mandate = requested.mandate();
        CallMandate withCallId = requested.kind() != DecisionKind.CALL_MANDATE ? null
                : mandate.launching(CommandIds.of("mandated-call"));
        if (withCallId != null && withCallId.synergyDecisionId() != null
                && !queries.isSynergy(withCallId.synergyDecisionId())) {
            throw new InvalidCommandException(Map.of("mandate.synergyDecisionId",
                    "must be the id of a SYNERGY_IDENTIFIED decision"));
        }
        Decision decision = new Decision(decisionId, requested.kind(), requested.summary(), withCallId,
                requested.kind() == DecisionKind.SYNERGY_IDENTIFIED ? requested.synergy() : null);
        save(dialogue.recordDecision(decision, context()));
        return decision;
    }

    /** Confirms the proposed date of a dialogue awaiting it (the date not in the past). */
    public Dialogue confirmDate(String id, LocalDate date, Long expectedVersion, String callerSide) {
        rules.checkNewDate(date, LocalDate.now(clock));
        return save(load(id, expectedVersion, callerSide).confirmDate(date, context()));
    }

    /** Assigns an action item; the answer is the item with the id it was given. */
    public ActionItem assignActionItem(String id, AssignActionItem command, Long expectedVersion, String callerSide) {
        String itemId = CommandIds.of("action-item");
        Optional<ActionItem> assigned = CommandIds.madeBefore(itemId, held -> load(id, null, callerSide).actionItems()
                .stream().filter(item -> item.id().equals(held)).findFirst());
        if (assigned.isPresent()) {
            return assigned.get();
        }
        rules.check(command, LocalDate.now(clock));
        return save(load(id, expectedVersion, callerSide).assignActionItem(itemId, command, context())).actionItem(itemId);
    }

    /** Completes an action item for the caller's side, which must own it. */
    public ActionItem completeActionItem(String id, String itemId, Long expectedVersion, String callerSide) {
        return save(load(id, expectedVersion, callerSide).completeActionItem(itemId, callerSide, context()))
                .actionItem(itemId);
    }

    /**
     * Marks the dialogue's action items that passed their due date overdue, as it stands now.
     *
     * @throws StaleVersionException when another write, say another instance's check, came first
     */
    public void markOverdueActionItems(String id) {
        save(get(id).markOverdueActionItems(LocalDate.now(clock), context()));
    }

    /** Stores a new dialogue; false when one with its id exists already (nothing is written). */
    public boolean insert(Dialogue dialogue) {
        return stored.insert(dialogue);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Proposes the next meeting of the platform a concluded dialogue belongs to. Its id comes from
     * the concluded dialogue, so proposing it again (a redelivered event) writes nothing.
     *
     * @return the id of the proposed meeting, if the platform has a cadence
     */
    public Optional<String> proposeNextMeeting(String concludedId) {
        Optional<Dialogue> concluded = find(concludedId).filter(d -> d.state() == DialogueState.CONCLUDED);
        return concluded.flatMap(d -> platforms.nextAfter(d, LocalDate.now(clock))).map(next -> {
            String id = UUID.nameUUIDFromBytes(("next:" + concludedId).getBytes(StandardCharsets.UTF_8)).toString();
            insert(Dialogue.schedule(id, next, context()));
            return id;
        });
    }

    /** The dialogue, if this service holds it. */
    public Optional<Dialogue> find(String id) {
        return stored.find(id);
    }

    public Dialogue get(String id) {
        return stored.load(id);
    }

    /** The dialogue at the version a command expects, for a caller of a participating side. */
    public Dialogue load(String id, Long expectedVersion, String callerSide) {
        Dialogue dialogue = stored.load(id, expectedVersion);
        Sides.require(callerSide, dialogue.participatingSides());
        return dialogue;
    }

    /** Stores what the dialogue recorded; an idempotent repeat recorded nothing and writes nothing. */
    public Dialogue save(Dialogue dialogue) {
        return stored.save(dialogue);
    }

    /** Each piece of work on a dialogue is its own thread: the current correlation, not the dialogue's. */
    public EventContext context() {
        return stored.context();
    }
}

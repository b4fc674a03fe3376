package org.coopsuite.dialogue.agenda;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.coopsuite.dialogue.dialogue.AgendaItem;
import org.coopsuite.dialogue.dialogue.AgendaSource;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.dialogue.dialogue.ScheduleDialogue;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.web.CommandIds;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.stereotype.Service;

/**
 * Puts items on agendas: by hand, from events onto the next dialogue of a level, and escalated
 * matters onto a dialogue one level up or onto a consultation scheduled for them.
 */
@Service
public class AgendaService {

    private final DialogueService dialogues;
    private final DialogueQueries queries;

    AgendaService(DialogueService dialogues, DialogueQueries queries) {
        this.dialogues = dialogues;
        this.queries = queries;
    }

    /**
     * The secretariat of a participating side adds an item; the answer is the item with its id (a
     * request run again under its Idempotency-Key finds the item its first run added).
     */
    public AgendaItem addByHand(String dialogueId, String title, Long expectedVersion, String callerSide) {
        String itemId = CommandIds.of("agenda-item");
        Optional<AgendaItem> added = CommandIds.madeBefore(itemId, held -> dialogues.load(dialogueId, null, callerSide)
                .agenda().stream().filter(i -> i.id().equals(held)).findFirst());
        if (added.isPresent()) {
            return added.get();
        }
        AgendaItem item = new AgendaItem(itemId, title, null, false, dialogues.today());
        dialogues.save(dialogues.load(dialogueId, expectedVersion, callerSide).addAgendaItem(item, dialogues.context()));
        return item;
    }

    /**
     * Puts an item from an event on the next scheduled dialogue of the level, unless an agenda
     * holds it already: a redelivered event adds nothing, even when the next dialogue has changed.
     */
    public Placement addFromEvent(DialogueLevel level, String title, AgendaSource source) {
        if (queries.holdsItemFrom(source.eventId())) {
            return Placement.ALREADY_PLACED;
        }
        Optional<String> next = queries.nextScheduled(level, dialogues.today());
        if (next.isEmpty()) {
            return Placement.NO_DIALOGUE;
        }
        AgendaItem item = new AgendaItem(itemId(source, level), title, source, false, dialogues.today());
        dialogues.save(dialogues.get(next.get()).addAgendaItem(item, contextOf(source)));
        return Placement.ADDED;
    }

    /** Puts an escalated matter on an existing dialogue; one it holds already adds nothing. */
    public void takeUpEscalation(String dialogueId, String title, AgendaSource source, DialogueLevel fromLevel) {
        Dialogue dialogue = dialogues.get(dialogueId);
        AgendaItem item = escalatedItem(title, source, dialogue.level());
        dialogues.save(dialogue.takeUpEscalation(item, fromLevel, false, contextOf(source)));
    }

    /**
     * Schedules a consultation for an escalated matter, its date awaiting confirmation. Its id comes
     * from the matter and the level, so a second attempt (a redelivery, another instance) finds it
     * taken and writes nothing.
     *
     * @return the consultation's id
     */
    public String scheduleConsultation(ScheduleDialogue consultation, String title, AgendaSource source,
            DialogueLevel fromLevel) {
        String id = UUID.nameUUIDFromBytes(("consultation:" + source.subjectId() + ":" + consultation.level())
                .getBytes(StandardCharsets.UTF_8)).toString();
        Dialogue dialogue = Dialogue.schedule(id, consultation, contextOf(source));
        AgendaItem item = escalatedItem(title, source, consultation.level());
        dialogues.insert(dialogue.takeUpEscalation(item, fromLevel, true, contextOf(source)));
        return id;
    }

    /** Whether a dialogue of the level took the matter up by escalation already. */
    public boolean escalatedTo(DialogueLevel level, String subjectId) {
        return queries.holdsEscalated(subjectId, level);
    }

    public Optional<String> nextScheduled(DialogueLevel level) {
        return queries.nextScheduled(level, dialogues.today());
    }

    /**
     * The context of work on a matter: the cooperation thread of the event it came from, so that an
     * item placed or escalated by a scheduled check carries the id of the cooperation it concerns.
     */
    private EventContext contextOf(AgendaSource source) {
        return dialogues.context().carryingOn(source.correlationId());
    }

    private AgendaItem escalatedItem(String title, AgendaSource source, DialogueLevel level) {
        return new AgendaItem(itemId(source, level), title, source, true, dialogues.today());
    }

    /** Derived from the event and the level, so the item has the same id however often it is placed. */
    private static String itemId(AgendaSource source, DialogueLevel level) {
        return UUID.nameUUIDFromBytes((source.eventId() + ":" + level).getBytes(StandardCharsets.UTF_8))
                .toString();
    }
}

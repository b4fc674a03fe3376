package org.coopsuite.dialogue.dialogue;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * The setting of a dialogue, fixed when it is scheduled: its title, its level, the platform it is
 * a meeting of, the sides taking part and their co-chairs. {@link Dialogue} adds what happens in
 * that setting: its date, state, agenda, decisions, minutes and action items.
 * <p>
 * A superclass rather than a field of its own: a dialogue is stored field by field, and these
 * fields stay where they were in the stored document, where the queries read {@code level}.
 */
abstract class DialogueSetting extends AggregateRoot<Dialogue> {

    private String id;
    private String title;
    private DialogueLevel level;
    private String platformId;
    private List<String> participatingSides;
    private Map<String, String> coChairs;

    DialogueSetting() {
    }

    /** The setting the command gives; the sides taking part are those it names co-chairs for. */
    void scheduleAs(String dialogueId, ScheduleDialogue command) {
        id = dialogueId;
        title = command.title();
        level = command.level();
        platformId = command.platformId();
        participatingSides = command.coChairs().keySet().stream().sorted().toList();
        coChairs = Map.copyOf(command.coChairs());
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

    /** The platform it is a meeting of; null for a one-off dialogue. */
    public String platformId() {
        return platformId;
    }

    public List<String> participatingSides() {
        return participatingSides;
    }

    public Map<String, String> coChairs() {
        return coChairs;
    }
}

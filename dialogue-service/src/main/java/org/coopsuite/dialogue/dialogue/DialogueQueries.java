package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Queries across the stored dialogues: where an agenda item goes, what has escalated, listings. */
public interface DialogueQueries {

    /** The earliest {@code SCHEDULED} dialogue of the level dated on or after the day (ties by id). */
    Optional<String> nextScheduled(DialogueLevel level, LocalDate onOrAfter);

    /** Whether any dialogue's agenda holds an item added from the event. */
    boolean holdsItemFrom(String eventId);

    /** Whether a dialogue of the level holds the matter as an escalated item, in whatever state. */
    boolean holdsEscalated(String subjectId, DialogueLevel level);

    /**
     * Ids of the dialogues not yet in session ({@code SCHEDULED} or {@code POSTPONED}) with an item
     * from an event of the type added on or before the day: matters no dialogue has taken up.
     */
    List<String> notTakenUp(String sourceEventType, LocalDate addedOnOrBefore);

    /** Whether a decision with the id was recorded as {@code SYNERGY_IDENTIFIED}, in any dialogue. */
    boolean isSynergy(String decisionId);

    /** One page of dialogues by date, then id, with how many match in all; a null filter matches any. */
    Page<Dialogue> list(DialogueLevel level, DialogueState state, LocalDate from, LocalDate to, Pageable page);
}

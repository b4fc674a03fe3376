package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.Map;

import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * Schedule a dialogue.
 *
 * @param coChairs one co-chair per participating side, by side
 * @param platformId the platform it is a meeting of; null for a one-off dialogue
 * @param dateToBeConfirmed true when the date is only proposed (a platform's cadence, an escalation)
 */
public record ScheduleDialogue(String title, DialogueLevel level, LocalDate date, Map<String, String> coChairs,
        String platformId, boolean dateToBeConfirmed) {

    /** A one-off dialogue on a fixed date. */
    public ScheduleDialogue(String title, DialogueLevel level, LocalDate date, Map<String, String> coChairs) {
        this(title, level, date, coChairs, null, false);
    }
}

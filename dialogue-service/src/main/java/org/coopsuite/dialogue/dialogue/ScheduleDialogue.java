package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.Map;

import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * Schedule a dialogue.
 *
 * @param coChairs one co-chair per participating side, by side
 */
public record ScheduleDialogue(String title, DialogueLevel level, LocalDate date, Map<String, String> coChairs) {
}

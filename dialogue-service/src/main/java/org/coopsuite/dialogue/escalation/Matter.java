package org.coopsuite.dialogue.escalation;

import java.util.Map;

import org.coopsuite.dialogue.dialogue.AgendaSource;
import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * Something to escalate: what it is, the event that started it, the level it sits at, and the
 * co-chairs a consultation scheduled for it would have.
 */
record Matter(String title, AgendaSource source, DialogueLevel fromLevel, Map<String, String> coChairs) {
}

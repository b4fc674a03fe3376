package org.coopsuite.dialogue.agenda;

import java.util.Map;

import org.coopsuite.dialogue.dialogue.AgendaSource;
import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * Takes a matter that no dialogue of its level can put on its agenda one level up. The escalation
 * feature does it; it is named here because escalation places its matters through this feature's
 * {@link AgendaService}, so the agenda must not depend on escalation in turn.
 */
public interface Escalator {

    /** @param coChairs the co-chairs a consultation scheduled for the matter would have */
    void escalate(String title, AgendaSource source, DialogueLevel fromLevel, Map<String, String> coChairs);
}

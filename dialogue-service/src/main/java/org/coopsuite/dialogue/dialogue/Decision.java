package org.coopsuite.dialogue.dialogue;

import org.coopsuite.schemas.dialogue.DecisionKind;

/**
 * A decision recorded during a session; a {@code CALL_MANDATE} carries its mandate, a
 * {@code SYNERGY_IDENTIFIED} the programme lines it pairs.
 */
public record Decision(String id, DecisionKind kind, String summary, CallMandate mandate, SynergyPair synergy) {

    /** A decision that pairs no programme lines. */
    public Decision(String id, DecisionKind kind, String summary, CallMandate mandate) {
        this(id, kind, summary, mandate, null);
    }
}

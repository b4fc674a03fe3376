package org.coopsuite.dialogue.dialogue;

import org.coopsuite.schemas.dialogue.DecisionKind;

/** A decision recorded during a session; a {@code CALL_MANDATE} carries its mandate. */
public record Decision(String id, DecisionKind kind, String summary, CallMandate mandate) {
}

package org.coopsuite.dialogue.dialogue;

/** Where a dialogue is in its life. */
public enum DialogueState {
    SCHEDULED, IN_SESSION, CONCLUDED, POSTPONED, CANCELLED
}

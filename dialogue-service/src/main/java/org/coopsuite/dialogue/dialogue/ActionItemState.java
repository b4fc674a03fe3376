package org.coopsuite.dialogue.dialogue;

/** Where an action item stands: {@code OPEN -> DONE}, {@code OPEN -> OVERDUE -> DONE}. */
public enum ActionItemState {
    OPEN, OVERDUE, DONE
}

package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;

import org.coopsuite.platform.domain.IllegalTransitionException;

/**
 * Something a dialogue asked one participating side to do by a date. Immutable: a transition
 * returns the item in its new state, and the dialogue puts it in place of the old one.
 */
public record ActionItem(String id, String ownerSide, String description, LocalDate dueDate, ActionItemState state,
        String correlationId) {

    static final String TYPE = "ActionItem";

    static ActionItem open(String id, AssignActionItem command, String correlationId) {
        return new ActionItem(id, command.ownerSide(), command.description(), command.dueDate(), ActionItemState.OPEN,
                correlationId);
    }

    /** Done, from open or overdue; completing it twice is refused, naming {@code DONE}. */
    ActionItem completed() {
        if (state == ActionItemState.DONE) {
            throw new IllegalTransitionException(TYPE, id, state, "complete");
        }
        return withState(ActionItemState.DONE);
    }

    /** Only an open item becomes overdue, so the check marks each item once however often it runs. */
    boolean isOverdueOn(LocalDate today) {
        return state == ActionItemState.OPEN && today.isAfter(dueDate);
    }

    ActionItem overdue() {
        return withState(ActionItemState.OVERDUE);
    }

    private ActionItem withState(ActionItemState newState) {
        return new ActionItem(id, ownerSide, description, dueDate, newState, correlationId);
    }
}

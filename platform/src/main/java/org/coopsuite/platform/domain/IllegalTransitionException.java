package org.coopsuite.platform.domain;

/** A command that the aggregate's current state does not allow; the message names the state. */
public class IllegalTransitionException extends RuntimeException {

    private final String currentState;

    public IllegalTransitionException(String aggregateType, String id, Enum<?> currentState, String action) {
        this(aggregateType, id, currentState.name(), action);
    }

    public IllegalTransitionException(String aggregateType, String id, String currentState, String action) {
        super("Cannot " + action + ": " + aggregateType + " " + id + " is " + currentState);
        this.currentState = currentState;
    }

    public String currentState() {
        return currentState;
    }
}

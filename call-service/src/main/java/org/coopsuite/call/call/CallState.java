package org.coopsuite.call.call;

/** Where a call is in its life. */
public enum CallState {
    DRAFT, AWAITING_FUNDING, OPEN, CLOSED, IN_EVALUATION, RESULTS_PUBLISHED, CANCELLED
}

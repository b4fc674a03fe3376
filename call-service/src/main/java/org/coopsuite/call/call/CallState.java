package org.coopsuite.call.call;

/** Where a call is in its life; RESULTS_PROPOSED only for a joint call with a panel, awaiting every side's approval. */
public enum CallState {
    DRAFT, AWAITING_FUNDING, OPEN, CLOSED, IN_EVALUATION, RESULTS_PROPOSED, RESULTS_PUBLISHED, CANCELLED
}

package org.coopsuite.schemas.call;

import java.util.Map;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;

/**
 * The state a call is in after each of its events, as call-service names its states: what every
 * service that keeps a view of calls shows as the call's {@code state}, and what {@code ./coop
 * audit} expects each of them to show. {@code CallUpdated} edits a draft and leaves it a draft; a
 * proposal's events, a panel's steps and one side's approval leave the call where it is; results
 * proposed for the sides' approval wait in RESULTS_PROPOSED, and a side's return sends them back
 * to IN_EVALUATION.
 */
public final class CallStates {

    private static final Map<Class<? extends SpecificRecord>, String> AFTER = Map.of(
            CallDrafted.class, "DRAFT",
            CallSubmittedForFunding.class, "AWAITING_FUNDING",
            CallOpened.class, "OPEN",
            CallClosed.class, "CLOSED",
            CallEvaluationStarted.class, "IN_EVALUATION",
            CallResultsProposed.class, "RESULTS_PROPOSED",
            CallResultsReturned.class, "IN_EVALUATION",
            CallResultsPublished.class, "RESULTS_PUBLISHED",
            CallCancelled.class, "CANCELLED");

    private CallStates() {
    }

    /** The state the call moved to with the event; empty when the event does not move it. */
    public static Optional<String> after(SpecificRecord event) {
        return Optional.ofNullable(AFTER.get(event.getClass()));
    }
}

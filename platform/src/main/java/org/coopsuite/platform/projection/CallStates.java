package org.coopsuite.platform.projection;

import java.util.Map;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallClosed;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallEvaluationStarted;
import org.coopsuite.schemas.call.CallOpened;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;

/**
 * The state a call is in after each of its events, as call-service names its states: what every
 * service that keeps a view of calls shows as the call's {@code state}. {@code CallUpdated} edits
 * a draft and leaves it a draft; a proposal's events leave the call where it is.
 */
public final class CallStates {

    private static final Map<Class<? extends SpecificRecord>, String> AFTER = Map.of(
            CallDrafted.class, "DRAFT",
            CallSubmittedForFunding.class, "AWAITING_FUNDING",
            CallOpened.class, "OPEN",
            CallClosed.class, "CLOSED",
            CallEvaluationStarted.class, "IN_EVALUATION",
            CallResultsPublished.class, "RESULTS_PUBLISHED",
            CallCancelled.class, "CANCELLED");

    private CallStates() {
    }

    /** The state the call moved to with the event; empty when the event does not move it. */
    public static Optional<String> after(SpecificRecord event) {
        return Optional.ofNullable(AFTER.get(event.getClass()));
    }
}

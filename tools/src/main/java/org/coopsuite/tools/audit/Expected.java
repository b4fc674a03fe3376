package org.coopsuite.tools.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
 * What the events say the stores and views should show: each aggregate's last event (its version),
 * and each call's state after its events, as call-service names its states (the platform's
 * {@code CallStates}, which the call views of the three services follow).
 */
final class Expected {

    private static final Map<Class<? extends SpecificRecord>, String> CALL_STATE_AFTER = Map.of(
            CallDrafted.class, "DRAFT",
            CallSubmittedForFunding.class, "AWAITING_FUNDING",
            CallOpened.class, "OPEN",
            CallClosed.class, "CLOSED",
            CallEvaluationStarted.class, "IN_EVALUATION",
            CallResultsPublished.class, "RESULTS_PUBLISHED",
            CallCancelled.class, "CANCELLED");

    /** Each aggregate's event of the highest version, aggregates in first-seen order. */
    static Map<String, LoggedEvent> lastEvents(List<LoggedEvent> log) {
        Map<String, LoggedEvent> last = new LinkedHashMap<>();
        log.forEach(event -> last.merge(event.aggregate(), event,
                (kept, next) -> next.version() > kept.version() ? next : kept));
        return last;
    }

    /** The call's state after its events, in version order; empty when none of them moves it. */
    static Optional<String> callState(List<LoggedEvent> callEvents) {
        return callEvents.stream().sorted(Comparator.comparingLong(LoggedEvent::version))
                .map(e -> CALL_STATE_AFTER.get(e.event().getClass())).filter(s -> s != null)
                .reduce((before, after) -> after);
    }

    private Expected() {
    }
}

package org.coopsuite.tools.audit;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.schemas.call.CallStates;

/**
 * What the events say the stores and views should show: each aggregate's last event (its version),
 * and each call's state after its events, as call-service names its states (the platform's
 * {@link CallStates}, which the call views of the three services follow).
 */
final class Expected {

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
                .flatMap(e -> CallStates.after(e.event()).stream())
                .reduce((before, after) -> after);
    }

    private Expected() {
    }
}

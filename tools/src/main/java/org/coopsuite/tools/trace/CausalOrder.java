package org.coopsuite.tools.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * Puts a trace's events in causal order: an event comes after the event that caused it
 * ({@code meta.causationId} naming that event's {@code eventId}); among the events whose cause
 * has come (or that have none in the trace, e.g. caused by a request), the earliest by
 * {@code occurredAt}, then by record timestamp, comes first. So clocks that differ between
 * services never put an effect before its cause.
 */
final class CausalOrder {

    private CausalOrder() {
    }

    /**
     * One event in its place.
     *
     * @param event the event
     * @param depth 0 for an event whose cause is not in the trace, its cause's depth plus one otherwise
     * @param cause the event that caused it, if in the trace
     */
    record Step(TraceEvent event, int depth, Optional<TraceEvent> cause) {
    }

    static List<Step> of(List<TraceEvent> events) {
        Map<String, TraceEvent> byId = new HashMap<>();
        for (TraceEvent event : events) {
            event.eventId().ifPresent(id -> byId.putIfAbsent(id, event));
        }
        Map<TraceEvent, TraceEvent> causes = new IdentityHashMap<>();
        Map<TraceEvent, List<TraceEvent>> effects = new IdentityHashMap<>();
        PriorityQueue<TraceEvent> ready = new PriorityQueue<>(TraceEvent.BY_TIME);
        for (TraceEvent event : events) {
            TraceEvent cause = event.causationId().map(byId::get).filter(c -> c != event).orElse(null);
            if (cause == null) {
                ready.add(event);
            } else {
                causes.put(event, cause);
                effects.computeIfAbsent(cause, c -> new ArrayList<>()).add(event);
            }
        }
        List<Step> steps = new ArrayList<>();
        Map<TraceEvent, Integer> depths = new IdentityHashMap<>();
        while (!ready.isEmpty()) {
            TraceEvent event = ready.poll();
            int depth = causes.containsKey(event) ? depths.get(causes.get(event)) + 1 : 0;
            depths.put(event, depth);
            steps.add(new Step(event, depth, Optional.ofNullable(causes.get(event))));
            ready.addAll(effects.getOrDefault(event, List.of()));
        }
        // Events caught in a loop of causes (ids reused): shown at the end, by time, rather than dropped.
        events.stream().filter(e -> !depths.containsKey(e)).sorted(TraceEvent.BY_TIME)
                .forEach(e -> steps.add(new Step(e, 0, Optional.ofNullable(causes.get(e)))));
        return steps;
    }
}

package org.coopsuite.platform.messaging;

import java.time.Instant;
import java.util.List;

/**
 * The events of one aggregate (a sequence) that a consumer group holds back from one topic:
 * the first failed on its own content, the others came after it and wait behind it, in order,
 * until an operator retries or evicts the sequence. Stored in the service's own database,
 * {@value ParkedSequences#COLLECTION}; evicted and retried ones move to
 * {@value ParkedSequences#HISTORY}.
 *
 * @param id URL-safe, unique for ever (a new one each time the aggregate is parked)
 * @param reason why the first event failed, one line: the innermost cause's type and message
 * @param stack the innermost cause's first frames
 * @param transientCause whether the last failure was of the infrastructure, not the event
 * @param revision bumped by every change, which is guarded by the revision it read
 * @param claimedBy the instance retrying it now, or null; with {@code claimedUntil}, its lease
 * @param outcome in the history: who did what, when and why; null while parked
 */
public record ParkedSequence(String id, String group, String topic, String aggregateId, String reason, String stack,
        boolean transientCause, Instant parkedAt, State state, List<ParkedEvent> events, long revision,
        String claimedBy, Instant claimedUntil, Outcome outcome) {

    /** PARKED while it waits; EVICTED and RETRIED only in the history. */
    public enum State { PARKED, EVICTED, RETRIED }

    /** What ended a sequence: by whom, when, and the operator's reason (for an eviction). */
    public record Outcome(String by, Instant at, String reason) {
    }

    public ParkedSequence {
        events = List.copyOf(events);
    }

    /** Whether a retry holds it at {@code now}. */
    boolean claimedAt(Instant now) {
        return claimedBy != null && claimedUntil != null && claimedUntil.isAfter(now);
    }

    ParkedSequence withEvents(List<ParkedEvent> newEvents) {
        return new ParkedSequence(id, group, topic, aggregateId, reason, stack, transientCause, parkedAt, state,
                newEvents, revision, claimedBy, claimedUntil, outcome);
    }

    ParkedSequence ended(State endState, Outcome endOutcome) {
        return new ParkedSequence(id, group, topic, aggregateId, reason, stack, transientCause, parkedAt, endState,
                events, revision, null, null, endOutcome);
    }
}

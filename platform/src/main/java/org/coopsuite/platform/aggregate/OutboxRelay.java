package org.coopsuite.platform.aggregate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the events waiting in aggregates' outboxes, in order, and then removes exactly
 * those events. It runs right after each write (so latency never waits for a tick) and from the
 * periodic {@link OutboxSweep} (so whatever a crash left behind is published when any instance
 * next runs, once the lease of the instance that died has expired).
 *
 * <p>The writes queue their aggregates here; each one hands the executor a round ({@link
 * RelayRound}) that takes up to {@value #ROUND_SIZE} of what is queued by then, and finds nothing
 * left to do when an earlier one took it. A round that meets an outbox another round holds leaves
 * it, and the holder queues it again once it has released it: no write waits for a sweep.
 */
public class OutboxRelay {

    /** Aggregates per round: a bulk write and a {@code $in} read of a few hundred stay cheap on any server. */
    static final int ROUND_SIZE = 200;
    /** Failed rounds in a row, for a lasting reason, before an outbox is quarantined. */
    public static final int DEFAULT_QUARANTINE_AFTER = 5;

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final RelayClaims claims;
    private final RelayRound round;
    private final OutboxMetrics metrics;
    private final ExecutorService executor;
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    /** An aggregate to relay; {@code held} is a new aggregate's outbox as inserted, held by this relay, or null. */
    private record Waiting(OutboxDocuments documents, String id, HeldOutbox held) {
    }

    /** What a round takes from the queue for one collection. */
    private record Batch(OutboxDocuments documents, Set<String> ids, List<HeldOutbox> held) {
    }

    /**
     * @param lease how long a round, or a new aggregate's insert, holds an outbox before another
     *        relay may take it over
     * @param executor runs the rounds
     */
    public OutboxRelay(EventPublisher publisher, OutboxMetrics metrics, Clock clock, Duration lease,
            ExecutorService executor) {
        this(publisher, metrics, clock, lease, DEFAULT_QUARANTINE_AFTER, executor);
    }

    /**
     * @param quarantineAfter rounds in a row that the broker refuses an outbox for a lasting reason
     *        (a record too large, say) before it is quarantined
     */
    public OutboxRelay(EventPublisher publisher, OutboxMetrics metrics, Clock clock, Duration lease, int quarantineAfter,
            ExecutorService executor) {
        this.claims = new RelayClaims(clock, lease);
        this.round = new RelayRound(claims, publisher, metrics, quarantineAfter);
        this.metrics = metrics;
        this.executor = executor;
    }

    /** A new hold of this relay, for a new aggregate's insert. */
    Hold newHold() {
        return claims.newHold();
    }

    /** Relays one aggregate's outbox in the background, now: it joins the next round. */
    void publishSoon(OutboxDocuments documents, String id) {
        enqueue(new Waiting(documents, id, null));
    }

    /** Relays a new aggregate's outbox in the background, now, without claiming it: it was inserted held. */
    void publishHeld(OutboxDocuments documents, HeldOutbox held) {
        enqueue(new Waiting(documents, held.id(), held));
    }

    private void enqueue(Waiting next) {
        waiting.add(next);
        try {
            executor.execute(this::relayWaiting);
        } catch (RejectedExecutionException e) {
            log.debug("Relay is shutting down; a sweep publishes {}/{} (once its lease expires, if held)",
                    next.documents().collection(), next.id());
        }
    }

    private void relayWaiting() {
        Map<String, Batch> byCollection = new LinkedHashMap<>();
        int taken = 0;
        for (Waiting next = waiting.poll(); next != null; next = taken < ROUND_SIZE ? waiting.poll() : null) {
            OutboxDocuments documents = next.documents();
            Batch batch = byCollection.computeIfAbsent(documents.collection(),
                    c -> new Batch(documents, new LinkedHashSet<>(), new ArrayList<>()));
            if (next.held() != null) {
                batch.held().add(next.held());
            }
            if (batch.ids().add(next.id())) {
                taken++;
            }
        }
        byCollection.values().forEach(batch -> relay(batch.documents(), batch.ids(), batch.held()));
    }

    /**
     * Publishes everything pending in these aggregates' outboxes, except those another relay
     * holds, now, in this thread; the outboxes that grew while it published are queued.
     */
    void relay(OutboxDocuments documents, Collection<String> ids) {
        relay(documents, ids, List.of());
    }

    private void relay(OutboxDocuments documents, Collection<String> ids, List<HeldOutbox> held) {
        try {
            round.run(documents, ids, held).forEach(id -> publishSoon(documents, id));
        } catch (RuntimeException e) {
            metrics.failed();
            log.warn("Relaying {} aggregates of {} failed, the sweep retries: {}", ids.size(), documents.collection(),
                    e.toString());
        }
    }
}

package org.coopsuite.platform.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the events waiting in aggregates' outboxes, in order, and then removes exactly
 * those events. It runs right after each write (so latency never waits for a tick) and from
 * a periodic sweep (so whatever a crash left behind is published when any instance next runs).
 *
 * <p>Several instances may relay the same collection: an instance first claims a document by
 * moving its {@code relayLease} (an expiry time, 0 when free) with a write guarded by the
 * lease it read; only one such write can succeed. A holder that dies leaves a lease that
 * expires, and the next sweep takes over (then, and only then, an event can go twice).
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService executor;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxMetrics metrics, Clock clock,
            Duration lease, ExecutorService executor) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
        this.lease = lease;
        this.executor = executor;
    }

    /** Relays one aggregate's outbox in the background, now. */
    public void publishSoon(String collection, String id) {
        try {
            executor.execute(() -> relay(collection, id));
        } catch (RejectedExecutionException e) {
            log.debug("Relay is shutting down; the sweep of the next start publishes {}/{}", collection, id);
        }
    }

    /** Publishes everything pending in one aggregate's outbox, unless another relay holds it. */
    public void relay(String collection, String id) {
        try {
            // The usual case is a free lease (0): claim straight away, without reading first.
            Document after = claimAndPublish(collection, id, 0L);
            if (after == null) {
                after = takeOverIfExpired(collection, id);
            }
            while (after != null && hasOutbox(after)) {
                after = claimAndPublish(collection, id, 0L);
            }
        } catch (RuntimeException e) {
            metrics.failed();
            log.warn("Relaying {}/{} failed, the sweep retries: {}", collection, id, e.toString());
        }
    }

    /** Claims the outbox from a holder whose lease has expired (it died); null when it still holds it. */
    private Document takeOverIfExpired(String collection, String id) {
        Document current = mongo.findOne(leaseAndPending(Criteria.where("_id").is(id)), Document.class, collection);
        if (current == null || !hasOutbox(current)) {
            return null;
        }
        long heldUntil = current.get(AggregateStore.RELAY_LEASE, Number.class).longValue();
        return heldUntil > clock.millis() ? null : claimAndPublish(collection, id, heldUntil);
    }

    /** Adds a collection of aggregates to the sweep and sweeps it once now. */
    public void register(String collection) {
        collections.add(collection);
        sweep(collection);
    }

    /** Relays every pending aggregate of every registered collection; run periodically. */
    public void sweepAll() {
        for (String collection : collections) {
            try {
                sweep(collection);
            } catch (RuntimeException e) {
                metrics.failed();
                log.warn("Sweeping {} failed, the next sweep retries: {}", collection, e.toString());
            }
        }
    }

    /** Relays every aggregate of a collection that has pending events. */
    void sweep(String collection) {
        Query pending = Query.query(Criteria.where(AggregateStore.OUTBOX + ".0").exists(true));
        pending.fields().include(AggregateStore.OUTBOX + "." + OutboxEntry.EVENT_ID).include(AggregateStore.OUTBOX + ".occurredAt");
        List<Document> documents = mongo.find(pending, Document.class, collection);
        metrics.pending(collection, documents);
        documents.forEach(document -> relay(collection, document.getString("_id")));
    }

    /**
     * Claims the outbox if its lease is still {@code heldUntil}, publishes what it holds, then
     * removes exactly that and frees the lease.
     *
     * @return the document after the release (its outbox may have grown meanwhile), or null when
     *         another relay holds the outbox
     */
    private Document claimAndPublish(String collection, String id, long heldUntil) {
        long myLease = clock.millis() + lease.toMillis();
        // Claim and read in one step: the outbox as it is once claimed, never an older read of it
        // (another relay may have published and released it since).
        Query claim = Query.query(Criteria.where("_id").is(id).and(AggregateStore.RELAY_LEASE).is(heldUntil));
        claim.fields().include(AggregateStore.OUTBOX);
        Document claimed = mongo.findAndModify(claim, Update.update(AggregateStore.RELAY_LEASE, myLease),
                FindAndModifyOptions.options().returnNew(true), Document.class, collection);
        if (claimed == null) {
            return null;
        }
        if (!hasOutbox(claimed)) {
            return releaseEmpty(collection, id, myLease);
        }
        List<OutboxEntry> entries = claimed.getList(AggregateStore.OUTBOX, Document.class).stream()
                .map(OutboxEntry::fromDocument).toList();
        try {
            publisher.publish(entries);
        } catch (RuntimeException e) {
            releaseEmpty(collection, id, myLease);
            throw e;
        }
        metrics.published(collection, entries.size());
        return release(collection, id, myLease, entries);
    }

    /** Frees the lease without removing anything; the returned empty document ends the loop. */
    private Document releaseEmpty(String collection, String id, long myLease) {
        Query mine = Query.query(Criteria.where("_id").is(id).and(AggregateStore.RELAY_LEASE).is(myLease));
        mongo.updateFirst(mine, Update.update(AggregateStore.RELAY_LEASE, 0L), collection);
        return new Document();
    }

    private Document release(String collection, String id, long myLease, List<OutboxEntry> published) {
        List<String> ids = published.stream().map(OutboxEntry::eventId).toList();
        Update removePublished = new Update()
                .pull(AggregateStore.OUTBOX, new Document(OutboxEntry.EVENT_ID, new Document("$in", ids)))
                .set(AggregateStore.RELAY_LEASE, 0L);
        Query mine = leaseAndPending(Criteria.where("_id").is(id).and(AggregateStore.RELAY_LEASE).is(myLease));
        Document after = mongo.findAndModify(mine, removePublished, FindAndModifyOptions.options().returnNew(true),
                Document.class, collection);
        if (after == null) {
            log.warn("Lease on {}/{} expired while publishing; its events may go out twice", collection, id);
        }
        return after;
    }

    /** The lease and the ids of the pending events: all a relay needs to decide, not the whole state. */
    private static Query leaseAndPending(Criteria criteria) {
        Query query = Query.query(criteria);
        query.fields().include(AggregateStore.RELAY_LEASE).include(AggregateStore.OUTBOX + "." + OutboxEntry.EVENT_ID);
        return query;
    }

    private static boolean hasOutbox(Document document) {
        List<?> outbox = document.getList(AggregateStore.OUTBOX, Object.class);
        return outbox != null && !outbox.isEmpty();
    }
}

package org.coopsuite.platform.aggregate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Publishes the events waiting in aggregates' outboxes, in order, and then removes exactly
 * those events. It runs right after each write (so latency never waits for a tick) and from
 * a periodic sweep (so whatever a crash left behind is published when any instance next runs,
 * once the lease of the instance that died has expired).
 *
 * <p>It works in rounds over many aggregates at once, so that the cost of a round (three
 * MongoDB round trips and one wait for the broker; one round trip for new aggregates) is shared
 * by every write that came in meanwhile: claim the outboxes in one bulk write, read what was
 * claimed (with each one's version), send every event and wait for all the acknowledgements
 * together, then remove exactly those events, free the outbox and unmark it in one bulk write
 * guarded by the version read. An aggregate written meanwhile fails that guard: only then does
 * the round read again, free those outboxes keeping their mark, and queue them for the next round.
 *
 * <p>The sweep looks only at the aggregates marked {@code relayPending}: every write marks
 * its aggregate, and a round unmarks an aggregate once it has published all of its outbox,
 * guarded by the version it read it at (so a write in between keeps the mark). A sweep then costs
 * what is pending, not the size of the collection: on the local stack's server a query that
 * scans a collection also holds it locked against every write for as long as it takes
 * (20-50 ms at 30,000 documents, 120-160 ms at 200,000). Only the first sweep of a
 * collection, at start, scans for every non-empty outbox, marked or not.
 *
 * <p>Several instances may relay the same collection: a relay claims a document by moving
 * its {@code relayLease} (an expiry time, 0 when free) with a write guarded by the lease it
 * expects, and marks it with its round's {@code relayClaim}; only one such write can succeed.
 * A new aggregate is written already held ({@link #hold()}): its insert carries the writer's
 * lease and claim, and the writer's next round publishes it without claiming it first, which
 * saves a write and a read on the way of every new aggregate's first events. The price: when
 * the writer dies before publishing, another instance takes them over only once that lease
 * expires, not at its next sweep. A holder that dies leaves a lease that expires, and the next
 * round that meets it takes over (then, and only then, an event can go twice). The settling
 * write is guarded by the version alone, not the lease: it needs an index on exactly its fields
 * on the local stack's server, and an unchanged version means no event was appended, so at worst
 * a holder whose lease expired frees a taker's lease early, which again can only send an event
 * twice.
 */
public class OutboxRelay {

    /** Aggregates per round: a bulk write and a {@code $in} read of a few hundred stay cheap on any server. */
    private static final int ROUND_SIZE = 200;

    private static final String PENDING_EVENT_IDS = AggregateStore.OUTBOX + "." + OutboxEntry.EVENT_ID;
    /**
     * Every marked aggregate. A regular expression, not {@code $exists}: it is the one query
     * besides equality that the local stack's server answers from a (sparse) unique index, by
     * walking that index's entries alone; MongoDB answers it from the same index.
     */
    private static final Bson MARKED = Filters.regex(AggregateStore.RELAY_PENDING, Pattern.compile("^"));
    /** Every aggregate with events in its outbox: a scan of the collection. */
    private static final Bson OUTBOX_NOT_EMPTY = Filters.exists(AggregateStore.OUTBOX + ".0");
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final OutboxMetrics metrics;
    private final Clock clock;
    private final Duration lease;
    private final ExecutorService executor;
    private final Set<String> collections = ConcurrentHashMap.newKeySet();
    private final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();
    /** Tells this relay's holds from any other's: its own id and a sequence. */
    private final String relayId = UUID.randomUUID().toString();
    private final AtomicLong holds = new AtomicLong();

    /** An aggregate to relay; {@code held} is a new aggregate's document as written, held by this relay, or null. */
    private record Waiting(String collection, String id, Document held) {
    }

    /** What a round takes from the queue for one collection. */
    private record Batch(Set<String> ids, List<Document> held) {
    }

    public OutboxRelay(MongoTemplate mongo, EventPublisher publisher, OutboxMetrics metrics, Clock clock,
            Duration lease, ExecutorService executor) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.metrics = metrics;
        this.clock = clock;
        this.lease = lease;
        this.executor = executor;
    }

    /**
     * Relays one aggregate's outbox in the background, now: it joins the next round. Every call
     * hands the executor a round, which finds nothing left to do when an earlier one took it.
     */
    public void publishSoon(String collection, String id) {
        enqueue(new Waiting(collection, id, null));
    }

    /**
     * A new hold of this relay, to write into a new aggregate's document with
     * {@link AggregateStore#RELAY_LEASE} and {@link AggregateStore#RELAY_CLAIM}.
     */
    Hold hold() {
        return new Hold(clock.millis() + lease.toMillis(), relayId + "-" + holds.incrementAndGet());
    }

    /**
     * Relays a new aggregate's outbox in the background, now, without claiming it: its document
     * was written held by this relay ({@link #hold()}).
     *
     * @param held the document as written: its id, version, outbox, lease and claim
     */
    void publishHeld(String collection, Document held) {
        enqueue(new Waiting(collection, held.getString("_id"), held));
    }

    private void enqueue(Waiting next) {
        waiting.add(next);
        try {
            executor.execute(this::relayWaiting);
        } catch (RejectedExecutionException e) {
            log.debug("Relay is shutting down; a sweep publishes {}/{} (once its lease expires, if held)",
                    next.collection(), next.id());
        }
    }

    private void relayWaiting() {
        Map<String, Batch> byCollection = new LinkedHashMap<>();
        int taken = 0;
        for (Waiting next = waiting.poll(); next != null; next = taken < ROUND_SIZE ? waiting.poll() : null) {
            Batch batch = byCollection.computeIfAbsent(next.collection(),
                    c -> new Batch(new LinkedHashSet<>(), new ArrayList<>()));
            if (next.held() != null) {
                batch.held().add(next.held());
            }
            if (batch.ids().add(next.id())) {
                taken++;
            }
        }
        byCollection.forEach((collection, batch) -> relay(collection, batch.ids(), batch.held()));
    }

    /**
     * Adds a collection of aggregates to the sweep and sweeps it once now, for every non-empty
     * outbox: also those an earlier version of the suite left unmarked.
     */
    public void register(String collection) {
        collections.add(collection);
        sweep(collection, OUTBOX_NOT_EMPTY);
    }

    /** Relays every pending aggregate of every registered collection; run periodically. */
    public void sweepAll() {
        for (String collection : collections) {
            try {
                sweep(collection, MARKED);
            } catch (RuntimeException e) {
                metrics.failed();
                log.warn("Sweeping {} failed, the next sweep retries: {}", collection, e.toString());
            }
        }
    }

    /** Relays every aggregate of a collection that the query finds, and counts their pending events. */
    private void sweep(String collection, Bson pending) {
        List<Document> documents = mongo.getCollection(collection).find(pending)
                .projection(Projections.include(PENDING_EVENT_IDS, AggregateStore.OUTBOX + ".occurredAt"))
                .into(new ArrayList<>());
        metrics.pending(collection, documents);
        List<String> ids = ids(documents);
        for (int from = 0; from < ids.size(); from += ROUND_SIZE) {
            relay(collection, ids.subList(from, Math.min(ids.size(), from + ROUND_SIZE)));
        }
    }

    /**
     * Publishes everything pending in these aggregates' outboxes, except those another relay
     * holds; the outboxes that grew while it published are queued for the next round.
     */
    public void relay(String collection, Collection<String> ids) {
        relay(collection, ids, List.of());
    }

    /** As {@link #relay(String, Collection)}, where this relay already holds the documents {@code held}. */
    private void relay(String collection, Collection<String> ids, List<Document> held) {
        try {
            relayRound(collection, ids, held).forEach(id -> publishSoon(collection, id));
        } catch (RuntimeException e) {
            metrics.failed();
            log.warn("Relaying {} aggregates of {} failed, the sweep retries: {}", ids.size(), collection, e.toString());
        }
    }

    /**
     * @param held documents written held by this relay: published as they are while at least
     *        half of their lease is left, else claimed anew from that lease like any other
     * @return the ids of the outboxes this round published from that have grown since
     */
    private List<String> relayRound(String collection, Collection<String> ids, List<Document> held) {
        Hold round = hold();
        Map<String, Long> expected = new LinkedHashMap<>();
        ids.forEach(id -> expected.put(id, 0L));
        List<Document> claimed = new ArrayList<>();
        for (Document document : held) {
            long heldUntil = leaseOf(document);
            if (heldUntil - clock.millis() >= lease.toMillis() / 2) {
                claimed.add(document);
                expected.remove(document.getString("_id"));
            } else {
                expected.put(document.getString("_id"), heldUntil);
            }
        }
        claimed.addAll(claim(collection, expected, round));
        Map<String, Long> expired = expiredLeases(collection, expected.keySet(), claimed);
        if (!expired.isEmpty()) {
            claimed.addAll(claim(collection, expired, round));
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        List<OutboxEntry> entries = claimed.stream().flatMap(document -> outbox(document).stream()).toList();
        try {
            publisher.publish(entries);
        } catch (RuntimeException e) {
            write(collection, claimed, document -> release(document, List.of()));
            throw e;
        }
        metrics.published(collection, entries.size());
        return settle(collection, claimed);
    }

    /**
     * A hold on outboxes: the lease a round's claims (or a new aggregate's insert) set, and the
     * claim that tells its documents from any other's.
     */
    record Hold(long lease, String claim) {

        /** The hold a document carries, as read or written. */
        static Hold of(Document document) {
            return new Hold(leaseOf(document), document.getString(AggregateStore.RELAY_CLAIM));
        }

        /** Whether the document, as read, carries exactly this hold. */
        boolean isOn(Document document) {
            Number heldUntil = document.get(AggregateStore.RELAY_LEASE, Number.class);
            return heldUntil != null && heldUntil.longValue() == lease
                    && Objects.equals(claim, document.getString(AggregateStore.RELAY_CLAIM));
        }

        /** Writes this hold into a new aggregate's document. */
        Document writeTo(Document document) {
            return document.append(AggregateStore.RELAY_LEASE, lease).append(AggregateStore.RELAY_CLAIM, claim);
        }
    }

    /**
     * Claims each outbox whose lease is still the one expected, in one bulk write, and reads the
     * claimed documents: their outboxes as they are once claimed, never an older read of them
     * (another relay may have published and released them since).
     */
    private List<Document> claim(String collection, Map<String, Long> expectedLeases, Hold round) {
        if (expectedLeases.isEmpty()) {
            return new ArrayList<>();
        }
        List<WriteModel<Document>> claims = new ArrayList<>(expectedLeases.size());
        expectedLeases.forEach((id, heldUntil) -> claims.add(new UpdateOneModel<>(leaseIs(id, heldUntil),
                Updates.combine(Updates.set(AggregateStore.RELAY_LEASE, round.lease()),
                        Updates.set(AggregateStore.RELAY_CLAIM, round.claim())))));
        if (mongo.getCollection(collection).bulkWrite(claims, UNORDERED).getModifiedCount() == 0) {
            return new ArrayList<>();
        }
        Map<String, Hold> byThisRound = new LinkedHashMap<>();
        expectedLeases.keySet().forEach(id -> byThisRound.put(id, round));
        return stillHeld(collection, byThisRound, AggregateStore.OUTBOX, AggregateStore.VERSION);
    }

    /**
     * Those of these documents that still carry the hold given for each, as they are now, with
     * these fields besides their lease and claim.
     */
    private List<Document> stillHeld(String collection, Map<String, Hold> holds, String... fields) {
        List<String> read = new ArrayList<>(List.of(AggregateStore.RELAY_LEASE, AggregateStore.RELAY_CLAIM));
        read.addAll(List.of(fields));
        List<Document> held = new ArrayList<>();
        for (Document document : read(collection, holds.keySet(), read.toArray(String[]::new))) {
            if (holds.get(document.getString("_id")).isOn(document)) {
                held.add(document);
            }
        }
        return held;
    }

    /**
     * The leases of the outboxes not claimed that are pending (or still marked: a holder died
     * before it unmarked them) under a holder that has died.
     */
    private Map<String, Long> expiredLeases(String collection, Collection<String> ids, List<Document> claimed) {
        Set<String> others = new LinkedHashSet<>(ids);
        others.removeAll(ids(claimed));
        Map<String, Long> expired = new LinkedHashMap<>();
        if (others.isEmpty()) {
            return expired;
        }
        long now = clock.millis();
        for (Document document : read(collection, others, AggregateStore.RELAY_LEASE, AggregateStore.RELAY_PENDING,
                PENDING_EVENT_IDS)) {
            long heldUntil = document.get(AggregateStore.RELAY_LEASE, Number.class).longValue();
            boolean pending = hasOutbox(document) || document.containsKey(AggregateStore.RELAY_PENDING);
            if (pending && heldUntil != 0 && heldUntil <= now) {
                expired.put(document.getString("_id"), heldUntil);
            }
        }
        return expired;
    }

    /** Frees the lease, removing exactly the events published; only while the lease is still the one claimed. */
    private static UpdateOneModel<Document> release(Document claimed, List<OutboxEntry> published) {
        return new UpdateOneModel<>(leaseIs(claimed.getString("_id"), leaseOf(claimed)), removed(published));
    }

    /** Frees the lease and removes exactly these events from the outbox. */
    private static Bson removed(List<OutboxEntry> published) {
        Bson free = Updates.set(AggregateStore.RELAY_LEASE, 0L);
        return published.isEmpty() ? free
                : Updates.combine(free, Updates.pull(AggregateStore.OUTBOX, Filters.in(OutboxEntry.EVENT_ID,
                        published.stream().map(OutboxEntry::eventId).toList())));
    }

    /**
     * Removes the published events, frees the outboxes and unmarks them, each guarded by the
     * version it was claimed at. Those a write appended to meanwhile fail that guard; they are
     * freed keeping their mark, while this round still holds them.
     *
     * @return the ids of those: events were appended while they were held
     */
    private List<String> settle(String collection, List<Document> claimed) {
        long settled = write(collection, claimed, OutboxRelay::publishedAll);
        if (settled == claimed.size()) {
            return List.of();
        }
        Map<String, Hold> holds = new LinkedHashMap<>();
        claimed.forEach(document -> holds.put(document.getString("_id"), Hold.of(document)));
        Set<String> stillHeld = new HashSet<>(ids(stillHeld(collection, holds)));
        List<Document> grown = claimed.stream().filter(document -> stillHeld.contains(document.getString("_id"))).toList();
        long released = grown.isEmpty() ? 0 : write(collection, grown, document -> release(document, outbox(document)));
        if (settled + released < claimed.size()) {
            log.warn("Leases on {} outboxes of {} expired while publishing; their events may go out twice",
                    claimed.size() - settled - released, collection);
        }
        return ids(grown);
    }

    private static List<String> ids(List<Document> documents) {
        return documents.stream().map(document -> document.getString("_id")).toList();
    }

    /**
     * Removes the published events, frees the lease and unmarks the aggregate, if it is still at
     * the version it was claimed at: then its outbox held exactly those events. A plain
     * {@code {_id, version}} document: the store's own guard, which the local stack's server
     * answers from the unique index on exactly those fields.
     */
    private static UpdateOneModel<Document> publishedAll(Document claimed) {
        long version = claimed.get(AggregateStore.VERSION, Number.class).longValue();
        return new UpdateOneModel<>(new Document("_id", claimed.getString("_id")).append(AggregateStore.VERSION, version),
                Updates.combine(removed(outbox(claimed)), Updates.unset(AggregateStore.RELAY_PENDING)));
    }

    /** These documents of a collection (one {@code $in} by {@code _id}), with only these fields. */
    private Iterable<Document> read(String collection, Collection<String> ids, String... fields) {
        return mongo.getCollection(collection).find(Filters.in("_id", ids)).projection(Projections.include(fields));
    }

    /** @return how many documents matched */
    private long write(String collection, List<Document> documents,
            Function<Document, UpdateOneModel<Document>> update) {
        List<WriteModel<Document>> writes = documents.stream().<WriteModel<Document>>map(update).toList();
        return mongo.getCollection(collection).bulkWrite(writes, UNORDERED).getMatchedCount();
    }

    /**
     * A plain {@code {_id, relayLease}} document, not {@code Filters.and} (which renders as
     * {@code $and}): the local stack's server uses the unique index only for exactly these fields.
     */
    private static Document leaseIs(String id, long heldUntil) {
        return new Document("_id", id).append(AggregateStore.RELAY_LEASE, heldUntil);
    }

    private static long leaseOf(Document document) {
        return document.get(AggregateStore.RELAY_LEASE, Number.class).longValue();
    }

    private static List<OutboxEntry> outbox(Document document) {
        List<Document> outbox = document.getList(AggregateStore.OUTBOX, Document.class);
        return outbox == null ? List.of() : outbox.stream().map(OutboxEntry::fromDocument).toList();
    }

    private static boolean hasOutbox(Document document) {
        List<?> outbox = document.getList(AggregateStore.OUTBOX, Object.class);
        return outbox != null && !outbox.isEmpty();
    }
}

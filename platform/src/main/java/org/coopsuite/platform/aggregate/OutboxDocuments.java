package org.coopsuite.platform.aggregate;

import static org.coopsuite.platform.aggregate.AggregateDocuments.ID;
import static org.coopsuite.platform.aggregate.AggregateDocuments.OUTBOX;
import static org.coopsuite.platform.aggregate.AggregateDocuments.RELAY_CLAIM;
import static org.coopsuite.platform.aggregate.AggregateDocuments.RELAY_ERROR;
import static org.coopsuite.platform.aggregate.AggregateDocuments.RELAY_FAILURES;
import static org.coopsuite.platform.aggregate.AggregateDocuments.RELAY_LEASE;
import static org.coopsuite.platform.aggregate.AggregateDocuments.RELAY_PENDING;
import static org.coopsuite.platform.aggregate.AggregateDocuments.VERSION;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The relay's reads and writes of one collection's outboxes, in bulk, on the fields of
 * {@link AggregateDocuments}: each is one round trip, whatever the number of aggregates. The
 * guards are plain {@code {_id, relayLease}} and {@code {_id, version}} documents, not
 * {@code Filters.and} (which renders as {@code $and}): the local stack's server answers them from
 * the unique index on exactly those fields only in that form.
 */
final class OutboxDocuments {

    /** The claim of a quarantined outbox, whose lease never ends. */
    static final String QUARANTINED = "quarantined";

    private static final String PENDING_EVENT_IDS = OUTBOX + "." + OutboxEntry.EVENT_ID;
    /**
     * Every marked aggregate. A regular expression, not {@code $exists}: it is the one query
     * besides equality that the local stack's server answers from a (sparse) unique index, by
     * walking that index's entries alone; MongoDB answers it from the same index.
     */
    private static final Bson MARKED = Filters.regex(RELAY_PENDING, Pattern.compile("^"));
    /** Every aggregate with events in its outbox: a scan of the collection. */
    private static final Bson NOT_EMPTY = Filters.exists(OUTBOX + ".0");
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    /** An outbox the sweep found: its aggregate, how many events wait in it, and since when the oldest. */
    record Pending(String id, int events, Date oldest) {
    }

    private final MongoTemplate mongo;
    private final String collection;

    OutboxDocuments(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    String collection() {
        return collection;
    }

    /** The marked aggregates: those a write or a round left pending. */
    List<Pending> marked() {
        return pending(MARKED);
    }

    /** Every aggregate with events in its outbox, marked or not (a scan). */
    List<Pending> notEmpty() {
        return pending(NOT_EMPTY);
    }

    private List<Pending> pending(Bson query) {
        List<Pending> pending = new ArrayList<>();
        for (Document document : mongo.getCollection(collection).find(query)
                .projection(Projections.include(PENDING_EVENT_IDS, OUTBOX + ".occurredAt"))) {
            List<Document> outbox = outbox(document);
            Date oldest = outbox.stream().map(entry -> entry.getDate("occurredAt")).filter(Objects::nonNull)
                    .min(Date::compareTo).orElse(null);
            pending.add(new Pending(document.getString(ID), outbox.size(), oldest));
        }
        return pending;
    }

    /**
     * Moves each lease that is still the one expected to the round's hold, in one bulk write.
     *
     * @return whether any moved
     */
    boolean claim(Map<String, Long> expectedLeases, Hold round) {
        List<WriteModel<Document>> claims = new ArrayList<>(expectedLeases.size());
        expectedLeases.forEach((id, heldUntil) -> claims.add(new UpdateOneModel<>(leaseIs(id, heldUntil),
                Updates.combine(Updates.set(RELAY_LEASE, round.lease()), Updates.set(RELAY_CLAIM, round.claim())))));
        return mongo.getCollection(collection).bulkWrite(claims, UNORDERED).getModifiedCount() > 0;
    }

    /** Those of these outboxes the round holds, as they are now: their version and events. */
    List<HeldOutbox> heldBy(Collection<String> ids, Hold round) {
        List<HeldOutbox> held = new ArrayList<>();
        for (Document document : read(ids, RELAY_LEASE, RELAY_CLAIM, OUTBOX, VERSION, RELAY_FAILURES)) {
            if (round.equals(holdOf(document))) {
                Number failures = document.get(RELAY_FAILURES, Number.class);
                held.add(new HeldOutbox(document.getString(ID), document.get(VERSION, Number.class).longValue(), round,
                        outbox(document).stream().map(OutboxEntry::fromDocument).toList(),
                        failures == null ? 0 : failures.intValue()));
            }
        }
        return held;
    }

    /** The ids of those of these outboxes that still carry the hold given for each. */
    Set<String> stillHeld(Map<String, Hold> holds) {
        Set<String> held = new HashSet<>();
        for (Document document : read(holds.keySet(), RELAY_LEASE, RELAY_CLAIM)) {
            if (holds.get(document.getString(ID)).equals(holdOf(document))) {
                held.add(document.getString(ID));
            }
        }
        return held;
    }

    /**
     * The leases of those of these outboxes that may hold something: events, or a mark that a
     * holder which died left.
     */
    Map<String, Long> pendingLeases(Collection<String> ids) {
        Map<String, Long> leases = new LinkedHashMap<>();
        for (Document document : read(ids, RELAY_LEASE, RELAY_PENDING, PENDING_EVENT_IDS)) {
            if (!outbox(document).isEmpty() || document.containsKey(RELAY_PENDING)) {
                leases.put(document.getString(ID), document.get(RELAY_LEASE, Number.class).longValue());
            }
        }
        return leases;
    }

    /**
     * Removes the published events, frees the outbox and unmarks it, if it is still at the
     * version it was held at: then its outbox held exactly those events.
     *
     * @return how many matched
     */
    long settle(List<HeldOutbox> held) {
        return write(held, outbox -> new UpdateOneModel<>(new Document(ID, outbox.id()).append(VERSION, outbox.version()),
                Updates.combine(freed(outbox.entries()), Updates.unset(RELAY_PENDING))));
    }

    /**
     * Frees each outbox that could not be published while its lease is still the one held, keeping
     * its events and its mark, and counts the failure with its reason; or, for those given as
     * quarantined, holds it for ever instead.
     *
     * @param reasons why each outbox could not be published
     * @param quarantined those of them to hold until an operator frees them
     */
    void failed(List<HeldOutbox> held, Map<String, String> reasons, Set<String> quarantined) {
        write(held, outbox -> {
            Bson counted = Updates.combine(Updates.inc(RELAY_FAILURES, 1), Updates.set(RELAY_ERROR, reasons.get(outbox.id())));
            Bson hold = quarantined.contains(outbox.id())
                    ? Updates.combine(Updates.set(RELAY_LEASE, Long.MAX_VALUE), Updates.set(RELAY_CLAIM, QUARANTINED))
                    : Updates.set(RELAY_LEASE, 0L);
            return new UpdateOneModel<>(leaseIs(outbox.id(), outbox.hold().lease()), Updates.combine(hold, counted));
        });
    }

    /**
     * Frees each outbox while its lease is still the one held, keeping its mark.
     *
     * @param published whether its events went out: they are removed, exactly those
     * @return how many matched
     */
    long release(List<HeldOutbox> held, boolean published) {
        return write(held, outbox -> new UpdateOneModel<>(leaseIs(outbox.id(), outbox.hold().lease()),
                freed(published ? outbox.entries() : List.of())));
    }

    /** Frees the lease, forgets earlier failures and removes exactly these events from the outbox. */
    private static Bson freed(List<OutboxEntry> published) {
        Bson free = Updates.combine(Updates.set(RELAY_LEASE, 0L), Updates.unset(RELAY_FAILURES), Updates.unset(RELAY_ERROR));
        return published.isEmpty() ? free : Updates.combine(free, Updates.pull(OUTBOX,
                Filters.in(OutboxEntry.EVENT_ID, published.stream().map(OutboxEntry::eventId).toList())));
    }

    private long write(List<HeldOutbox> held, Function<HeldOutbox, UpdateOneModel<Document>> update) {
        List<WriteModel<Document>> writes = held.stream().<WriteModel<Document>>map(update).toList();
        return mongo.getCollection(collection).bulkWrite(writes, UNORDERED).getMatchedCount();
    }

    /** These documents (one {@code $in} by {@code _id}), with only these fields. */
    private Iterable<Document> read(Collection<String> ids, String... fields) {
        return mongo.getCollection(collection).find(Filters.in(ID, ids)).projection(Projections.include(fields));
    }

    private static Document leaseIs(String id, long heldUntil) {
        return new Document(ID, id).append(RELAY_LEASE, heldUntil);
    }

    /** The hold a document carries as read, or null when it has no lease. */
    private static Hold holdOf(Document document) {
        Number heldUntil = document.get(RELAY_LEASE, Number.class);
        return heldUntil == null ? null : new Hold(heldUntil.longValue(), document.getString(RELAY_CLAIM));
    }

    private static List<Document> outbox(Document document) {
        List<Document> outbox = document.getList(OUTBOX, Document.class);
        return outbox == null ? List.of() : outbox;
    }
}

package org.coopsuite.platform.messaging;

import static org.coopsuite.platform.messaging.ParkedDocuments.AGGREGATE_ID;
import static org.coopsuite.platform.messaging.ParkedDocuments.CLAIMED_BY;
import static org.coopsuite.platform.messaging.ParkedDocuments.CLAIMED_UNTIL;
import static org.coopsuite.platform.messaging.ParkedDocuments.EVENTS;
import static org.coopsuite.platform.messaging.ParkedDocuments.GROUP;
import static org.coopsuite.platform.messaging.ParkedDocuments.ID;
import static org.coopsuite.platform.messaging.ParkedDocuments.PARKED_AT;
import static org.coopsuite.platform.messaging.ParkedDocuments.REASON;
import static org.coopsuite.platform.messaging.ParkedDocuments.REVISION;
import static org.coopsuite.platform.messaging.ParkedDocuments.STACK;
import static org.coopsuite.platform.messaging.ParkedDocuments.STATE;
import static org.coopsuite.platform.messaging.ParkedDocuments.TOPIC;
import static org.coopsuite.platform.messaging.ParkedDocuments.TRANSIENT;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import org.bson.Document;
import org.coopsuite.platform.messaging.ParkedSequence.Outcome;
import org.coopsuite.platform.messaging.ParkedSequence.State;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/**
 * The parked sequences of a service, in its own database. One document a parked sequence in
 * {@value #COLLECTION}, unique by (group, topic, aggregateId); every change is an update guarded
 * by the revision it read ({_id, revision}, both a unique index's fields, the only way the local
 * stack's server uses an index), so two instances never both change one. A sequence that ends
 * (retried, or evicted with the operator's reason) moves to {@value #HISTORY} with its outcome.
 */
public class ParkedSequences {

    public static final String COLLECTION = "parkedSequences";
    public static final String HISTORY = "parkedSequenceHistory";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ParkedSequences(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Declares the indexes: one sequence per (group, topic, aggregate), and the revision guard's. */
    public void declareIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index().on(GROUP, Sort.Direction.ASC).on(TOPIC, Sort.Direction.ASC)
                .on(AGGREGATE_ID, Sort.Direction.ASC).unique());
        mongo.indexOps(COLLECTION).createIndex(new Index().on(ID, Sort.Direction.ASC).on(REVISION, Sort.Direction.ASC)
                .unique());
    }

    /** The aggregates of a topic that a group holds parked; read once a batch (nearly always none). */
    Set<String> parkedAggregates(String group, String topic) {
        Set<String> ids = new HashSet<>();
        parked().find(new Document(GROUP, group).append(TOPIC, topic)).projection(Projections.include(AGGREGATE_ID))
                .forEach(found -> ids.add(found.getString(AGGREGATE_ID)));
        return ids;
    }

    /** Parks the events behind the aggregate's sequence, in order, each once; false when there is none (any more). */
    boolean append(String group, String topic, String aggregateId, List<ParkedEvent> events) {
        while (true) {
            Optional<ParkedSequence> found = byAggregate(group, topic, aggregateId);
            if (found.isEmpty()) {
                return false;
            }
            if (update(found.get(), found.get().withEvents(ParkedEvent.merged(found.get().events(), events)))) {
                return true;
            }
        }
    }

    /** Parks a new sequence with its failed first event, or behind the one already there. */
    ParkedSequence park(String group, String topic, String aggregateId, ParkedEvent failed, Throwable failure) {
        while (true) {
            if (append(group, topic, aggregateId, List.of(failed))) {
                return byAggregate(group, topic, aggregateId).orElseThrow();
            }
            ParkedSequence sequence = new ParkedSequence(UUID.randomUUID().toString(), group, topic, aggregateId,
                    Failures.reason(failure), Failures.stackSummary(failure), Failures.isTransient(failure),
                    clock.instant(), State.PARKED, List.of(failed), 0, null, null, null);
            try {
                parked().insertOne(ParkedDocuments.of(sequence));
                return sequence;
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                // Parked meanwhile: go behind it.
            }
        }
    }

    public Optional<ParkedSequence> find(String id) {
        Document found = parked().find(new Document(ID, id)).first();
        if (found == null) {
            found = history().find(new Document(ID, id)).first();
        }
        return Optional.ofNullable(found).map(ParkedDocuments::sequence);
    }

    /** The parked sequences, oldest first; or those of the history in {@code state}, latest first. */
    public PageOf<ParkedSequence> list(State state, Paging paging) {
        MongoCollection<Document> collection = state == State.PARKED ? parked() : history();
        Document filter = state == State.PARKED ? new Document() : new Document(STATE, state.name());
        long total = collection.countDocuments(filter);
        List<ParkedSequence> items = new ArrayList<>();
        collection.find(filter).sort(state == State.PARKED ? Sorts.ascending(PARKED_AT) : Sorts.descending(PARKED_AT))
                .skip((int) paging.offset()).limit(paging.size())
                .forEach(found -> items.add(ParkedDocuments.sequence(found)));
        return PageOf.of(items, paging, total);
    }

    /** How many sequences are parked now, of every group. */
    public long countParked() {
        return parked().countDocuments();
    }

    /** Every parked sequence, oldest first, for a retry of all. */
    List<ParkedSequence> allParked() {
        List<ParkedSequence> all = new ArrayList<>();
        parked().find().sort(Sorts.ascending(PARKED_AT)).forEach(found -> all.add(ParkedDocuments.sequence(found)));
        return all;
    }

    /** Whether a retry's claim holds the sequence now. */
    boolean heldByRetry(ParkedSequence sequence) {
        return sequence.claimedAt(clock.instant());
    }

    /**
     * Takes the sequence for one retry, for {@code lease}; empty when a retry holds it or it is
     * gone. Of two instances taking it at once, one does: the update is guarded by the revision.
     */
    Optional<ParkedSequence> claim(ParkedSequence sequence, String by, Duration lease) {
        ParkedSequence current = sequence;
        while (!heldByRetry(current)) {
            ParkedSequence claimed = new ParkedSequence(current.id(), current.group(), current.topic(),
                    current.aggregateId(), current.reason(), current.stack(), current.transientCause(),
                    current.parkedAt(), State.PARKED, current.events(), current.revision(), by,
                    clock.instant().plus(lease), null);
            if (update(current, claimed)) {
                return Optional.of(reread(claimed));
            }
            Document found = parked().find(new Document(ID, current.id())).first();
            if (found == null) {
                return Optional.empty();
            }
            current = ParkedDocuments.sequence(found); // events were parked behind it meanwhile, or a retry took it
        }
        return Optional.empty();
    }

    /** The retried sequence done: gone from the parked ones, into the history; false when it grew meanwhile. */
    boolean retried(ParkedSequence claimed, String by) {
        if (parked().deleteOne(guard(claimed)).getDeletedCount() == 0) {
            return false;
        }
        history().insertOne(ParkedDocuments.of(claimed.ended(State.RETRIED, new Outcome(by, clock.instant(), null))));
        return true;
    }

    /**
     * Parks the retried sequence again from its event {@code from} on (those before it were
     * applied), with the new failure, and gives up the claim.
     */
    void parkAgain(ParkedSequence claimed, int from, Throwable failure) {
        ParkedSequence current = claimed;
        while (true) {
            List<ParkedEvent> rest = current.events().subList(Math.min(from, current.events().size()),
                    current.events().size());
            Document changes = new Document(EVENTS, rest.stream().map(ParkedDocuments::of).toList())
                    .append(REASON, Failures.reason(failure)).append(STACK, Failures.stackSummary(failure))
                    .append(TRANSIENT, Failures.isTransient(failure)).append(CLAIMED_BY, null)
                    .append(CLAIMED_UNTIL, null).append(REVISION, current.revision() + 1);
            if (parked().updateOne(guard(current), new Document("$set", changes)).getMatchedCount() == 1) {
                return;
            }
            current = reread(current);
        }
    }

    /** Gives up a claim without a change, e.g. when no consumer of the topic runs here. */
    void release(ParkedSequence claimed) {
        ParkedSequence current = claimed;
        while (!update(current, new ParkedSequence(current.id(), current.group(), current.topic(),
                current.aggregateId(), current.reason(), current.stack(), current.transientCause(),
                current.parkedAt(), State.PARKED, current.events(), current.revision(), null, null, null))) {
            current = reread(current);
        }
    }

    /** Evicts the parked sequence into the history, with who and why; empty when it changed meanwhile. */
    Optional<ParkedSequence> evict(ParkedSequence sequence, String by, String reason) {
        if (parked().deleteOne(guard(sequence)).getDeletedCount() == 0) {
            return Optional.empty();
        }
        ParkedSequence evicted = sequence.ended(State.EVICTED, new Outcome(by, clock.instant(), reason));
        history().insertOne(ParkedDocuments.of(evicted));
        return Optional.of(evicted);
    }

    /** The sequence as stored now, after a change of it (by this instance or another). */
    ParkedSequence reread(ParkedSequence sequence) {
        return Optional.ofNullable(parked().find(new Document(ID, sequence.id())).first()).map(ParkedDocuments::sequence)
                .orElseThrow(() -> new IllegalStateException("Parked sequence " + sequence.id() + " is gone"));
    }

    private Optional<ParkedSequence> byAggregate(String group, String topic, String aggregateId) {
        return Optional.ofNullable(parked().find(new Document(GROUP, group).append(TOPIC, topic)
                .append(AGGREGATE_ID, aggregateId)).first()).map(ParkedDocuments::sequence);
    }

    /** Replaces the stored sequence read at {@code read}'s revision with {@code next}, one revision on. */
    private boolean update(ParkedSequence read, ParkedSequence next) {
        Document document = ParkedDocuments.of(next);
        document.put(REVISION, read.revision() + 1);
        return parked().replaceOne(guard(read), document).getMatchedCount() == 1;
    }

    private static Document guard(ParkedSequence read) {
        return new Document(ID, read.id()).append(REVISION, read.revision());
    }

    private MongoCollection<Document> parked() {
        return mongo.getCollection(COLLECTION);
    }

    private MongoCollection<Document> history() {
        return mongo.getCollection(HISTORY);
    }
}

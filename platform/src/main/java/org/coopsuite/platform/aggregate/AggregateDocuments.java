package org.coopsuite.platform.aggregate;

import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.coopsuite.platform.domain.AggregateRoot;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The shape of a stored aggregate, and the one place that names its fields:
 * {@code {_id, version, state: {...}, outbox: [...], relayLease, relayClaim, relayPending}}. Its
 * reads and writes of one aggregate are here; the queries on the state are in {@link StateQueries},
 * the relay's bulk reads and writes in {@link OutboxDocuments}, both on these names.
 *
 * <p>The state is a sub-document, replaced whole on every write, so a field that became empty
 * goes away. The new events of a write are appended to the document's own {@code outbox} in the
 * same single-document write, guarded by the version, so neither exists without the other on any
 * MongoDB (no multi-document transaction). {@code relayPending} (the aggregate's id, so that it is
 * unique) is set by every write and removed by the relay once it has seen the outbox empty: the
 * periodic sweep finds the pending aggregates through its sparse index instead of scanning the
 * collection. A new aggregate is inserted already held by its writer's relay ({@code relayLease}
 * and {@code relayClaim}), which then publishes its first events without claiming them. A round
 * that cannot publish an outbox counts it in {@code relayFailures} with the reason in
 * {@code relayError}; an outbox the broker refuses again and again is quarantined: held for ever
 * ({@code relayLease} at its maximum, {@code relayClaim} {@value OutboxDocuments#QUARANTINED}).
 */
final class AggregateDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String STATE = "state";
    static final String OUTBOX = "outbox";
    static final String RELAY_LEASE = "relayLease";
    static final String RELAY_CLAIM = "relayClaim";
    static final String RELAY_PENDING = "relayPending";
    /** Relay rounds in a row that could not publish the outbox, and why the last one could not. */
    static final String RELAY_FAILURES = "relayFailures";
    static final String RELAY_ERROR = "relayError";

    private final MongoTemplate mongo;
    private final String collection;

    AggregateDocuments(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    String collection() {
        return collection;
    }

    /**
     * Declares the indexes the collection needs. The two unique compound indexes look redundant
     * beside {@code _id}, but they are what makes the guarded writes ({@code {_id, version}} and
     * {@code {_id, relayLease}}) use an index on the local stack's server, which otherwise scans
     * the whole collection. The sparse one on {@code relayPending} holds only the aggregates whose
     * outbox may be pending.
     */
    void createIndexes() {
        var indexes = mongo.indexOps(collection);
        indexes.createIndex(new Index().on(ID, Sort.Direction.ASC).on(VERSION, Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on(ID, Sort.Direction.ASC).on(RELAY_LEASE, Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on(RELAY_PENDING, Sort.Direction.ASC).unique().sparse());
    }

    /** The aggregate as stored, read at its version. */
    <A extends AggregateRoot<A>> Optional<A> find(String id, Class<A> type) {
        Query byId = Query.query(Criteria.where(ID).is(id));
        byId.fields().include(VERSION).include(STATE);
        return Optional.ofNullable(mongo.findOne(byId, Document.class, collection)).map(stored -> read(stored, type));
    }

    /** The version the aggregate is stored at now, 0 when it does not exist. */
    long currentVersion(String id) {
        Query byId = Query.query(Criteria.where(ID).is(id));
        byId.fields().include(VERSION);
        Document stored = mongo.findOne(byId, Document.class, collection);
        return stored == null ? 0 : stored.get(VERSION, Number.class).longValue();
    }

    /**
     * Inserts a new aggregate at {@code version}, held by {@code hold}, with its outbox.
     *
     * @return false when an aggregate with its id exists already (nothing is written)
     */
    boolean insert(AggregateRoot<?> aggregate, long version, List<OutboxEntry> outbox, Hold hold) {
        Document document = new Document(ID, aggregate.id())
                .append(VERSION, version)
                .append(OUTBOX, entries(outbox))
                .append(RELAY_LEASE, hold.lease())
                .append(RELAY_CLAIM, hold.claim())
                .append(STATE, state(aggregate))
                .append(RELAY_PENDING, aggregate.id());
        try {
            mongo.insert(document, collection);
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    /**
     * Writes the new state of an aggregate at {@code version} and appends to its outbox, guarded
     * by the version it was read at.
     *
     * @return false when another write changed it first (nothing is written)
     */
    boolean update(AggregateRoot<?> aggregate, long version, List<OutboxEntry> outbox) {
        Query guard = Query.query(Criteria.where(ID).is(aggregate.id()).and(VERSION).is(aggregate.version()));
        Update update = new Update()
                .set(VERSION, version)
                .set(STATE, state(aggregate))
                .set(RELAY_PENDING, aggregate.id())
                .push(OUTBOX).each(entries(outbox).toArray());
        return mongo.updateFirst(guard, update, collection).getMatchedCount() > 0;
    }

    /** An aggregate from a document read with its version and state. */
    <A extends AggregateRoot<A>> A read(Document stored, Class<A> type) {
        A aggregate = mongo.getConverter().read(type, stored.get(STATE, Document.class));
        return aggregate.readAt(stored.get(VERSION, Number.class).longValue());
    }

    private Document state(Object aggregate) {
        Document document = new Document();
        mongo.getConverter().write(aggregate, document);
        document.remove("_class");
        return document;
    }

    private static List<Document> entries(List<OutboxEntry> outbox) {
        return outbox.stream().map(OutboxEntry::toDocument).toList();
    }
}

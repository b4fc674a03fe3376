package org.coopsuite.platform.aggregate;

import org.coopsuite.platform.domain.StaleVersionException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.common.EventMeta;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Stores aggregates with their outbox: each write puts the new state and appends the events
 * of the transition to the document's own {@code outbox} array in ONE single-document write,
 * guarded by the aggregate version, so neither can exist without the other on any MongoDB
 * (no multi-document transaction needed). The relay is then asked to publish at once.
 *
 * <p>Document shape: {@code {_id, version, state: {...}, outbox: [...], relayLease, relayClaim, relayPending}}.
 * The state is a sub-document, replaced whole on every write, so a field that became empty goes
 * away. {@code relayPending} (the aggregate's id, so that it is unique) is set by every write
 * and removed by the relay once it has seen the outbox empty: the periodic sweep finds the
 * pending aggregates through its sparse index instead of scanning the collection. A new
 * aggregate is inserted already held by this instance's relay ({@code relayLease} and
 * {@code relayClaim}), which then publishes its first events without claiming them.
 */
public class AggregateStore {

    static final String VERSION = "version";
    static final String STATE = "state";
    static final String OUTBOX = "outbox";
    static final String RELAY_LEASE = "relayLease";
    static final String RELAY_PENDING = "relayPending";
    static final String RELAY_CLAIM = "relayClaim";

    private final MongoTemplate mongo;
    private final EventCodec codec;
    private final OutboxRelay relay;
    private final Supplier<Map<String, String>> traceHeaders;

    /** @param traceHeaders the trace context of the current work, stored with its events */
    public AggregateStore(MongoTemplate mongo, EventCodec codec, OutboxRelay relay,
            Supplier<Map<String, String>> traceHeaders) {
        this.mongo = mongo;
        this.codec = codec;
        this.relay = relay;
        this.traceHeaders = traceHeaders;
    }

    /**
     * Declares the indexes a collection of aggregates needs and lets the relay sweep it.
     * The two unique compound indexes look redundant beside {@code _id}, but they are what
     * makes the guarded writes ({@code {_id, version}} and {@code {_id, relayLease}}) use an
     * index on the local stack's server, which otherwise scans the whole collection. The
     * sparse one on {@code relayPending} holds only the aggregates whose outbox may be pending.
     */
    public void register(String collection) {
        var indexes = mongo.indexOps(collection);
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on(VERSION, Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on("_id", Sort.Direction.ASC).on(RELAY_LEASE, Sort.Direction.ASC).unique());
        indexes.createIndex(new Index().on(RELAY_PENDING, Sort.Direction.ASC).unique().sparse());
        relay.register(collection);
    }

    /** The aggregate's state, if it exists. */
    public <S> Optional<StoredAggregate<S>> find(String collection, String id, Class<S> stateType) {
        Query byId = Query.query(Criteria.where("_id").is(id));
        byId.fields().include(VERSION).include(STATE);
        Document document = mongo.findOne(byId, Document.class, collection);
        if (document == null) {
            return Optional.empty();
        }
        S state = mongo.getConverter().read(stateType, document.get(STATE, Document.class));
        return Optional.of(new StoredAggregate<>(id, document.get(VERSION, Number.class).longValue(), state));
    }

    /** An aggregate as it is stored, read at its version. */
    public <A extends AggregateRoot<A>> Optional<A> load(String collection, String id, Class<A> type) {
        return find(collection, id, type).map(stored -> stored.state().readAt(stored.version()));
    }

    /**
     * Writes an aggregate with the events it recorded: a new one (read at version 0) is
     * inserted, an existing one is updated guarded by the version it was read at.
     *
     * @return false when a new aggregate's id exists already (nothing is written)
     * @throws StaleVersionException when another write changed it first (nothing is written)
     */
    public boolean save(String collection, AggregateRoot<?> aggregate) {
        if (aggregate.version() == 0) {
            return insert(collection, aggregate.id(), aggregate, aggregate.recordedEvents());
        }
        update(collection, aggregate.id(), aggregate.version(), aggregate, aggregate.recordedEvents());
        return true;
    }

    /**
     * Inserts a new aggregate at the version of its last event.
     *
     * @return false when an aggregate with that id exists already (nothing is written)
     */
    public boolean insert(String collection, String id, Object state, List<? extends SpecificRecord> events) {
        Document held = relay.hold().writeTo(new Document("_id", id)
                .append(VERSION, lastVersion(events))
                .append(OUTBOX, outbox(events)));
        Document document = new Document(held)
                .append(STATE, toDocument(state))
                .append(RELAY_PENDING, id);
        try {
            mongo.insert(document, collection);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.publishHeld(collection, held);
        return true;
    }

    /**
     * Writes the new state of an aggregate read at {@code expectedVersion}, with its events.
     *
     * @throws StaleVersionException when another write changed the aggregate first (nothing is written)
     */
    public void update(String collection, String id, long expectedVersion, Object state,
            List<? extends SpecificRecord> events) {
        Query guard = Query.query(Criteria.where("_id").is(id).and(VERSION).is(expectedVersion));
        Update update = new Update()
                .set(VERSION, lastVersion(events))
                .set(STATE, toDocument(state))
                .set(RELAY_PENDING, id)
                .push(OUTBOX).each(outbox(events).toArray());
        if (mongo.updateFirst(guard, update, collection).getMatchedCount() == 0) {
            throw new StaleVersionException(id, expectedVersion);
        }
        relay.publishSoon(collection, id);
    }

    private Document toDocument(Object state) {
        Document document = new Document();
        mongo.getConverter().write(state, document);
        document.remove("_class");
        return document;
    }

    private List<Document> outbox(List<? extends SpecificRecord> events) {
        if (events.isEmpty()) {
            throw new IllegalArgumentException("A write without an event records nothing that happened");
        }
        Map<String, String> trace = traceHeaders.get();
        return events.stream().map(event -> entry(event, trace)).map(OutboxEntry::toDocument).toList();
    }

    private OutboxEntry entry(SpecificRecord event, Map<String, String> trace) {
        EventMeta meta = EventCodec.meta(event);
        String topic = EventTopic.of(event.getClass())
                .orElseThrow(() -> new IllegalArgumentException(event.getClass() + " is on no event topic"))
                .topic();
        return new OutboxEntry(meta.getEventId(), topic, meta.getAggregateId(), meta.getEventType(),
                meta.getCorrelationId(), codec.encode(event), meta.getOccurredAt(), trace);
    }

    private static long lastVersion(List<? extends SpecificRecord> events) {
        return EventCodec.meta(events.get(events.size() - 1)).getAggregateVersion();
    }
}

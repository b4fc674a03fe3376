package org.coopsuite.platform.aggregate;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Where a service gets the repository of each of its collections of aggregates:
 * {@code aggregates.repository("calls", Call.class)}. The first request for a collection declares
 * its indexes and adds it to the outbox sweep (which sweeps it once then); every later one gets
 * the same repository.
 */
public class Aggregates {

    /** What every repository writes with: the events' encoding and trace, their relay, the clock and producer of their context. */
    record Writing(MongoTemplate mongo, EventCodec codec, OutboxRelay relay, Supplier<Map<String, String>> traceHeaders,
            Clock clock, String producer) {
    }

    private final Writing writing;
    private final OutboxSweep sweep;
    private final Map<String, AggregateRepository<?>> repositories = new HashMap<>();

    /**
     * @param traceHeaders the trace context of the current work, stored with its events
     * @param producer the service that publishes the events, named in each
     */
    public Aggregates(MongoTemplate mongo, EventCodec codec, OutboxRelay relay, OutboxSweep sweep,
            Supplier<Map<String, String>> traceHeaders, Clock clock, String producer) {
        this.writing = new Writing(mongo, codec, relay, traceHeaders, clock, producer);
        this.sweep = sweep;
    }

    /** The repository of a collection holding aggregates of one type. */
    @SuppressWarnings("unchecked")
    public synchronized <A extends AggregateRoot<A>> AggregateRepository<A> repository(String collection, Class<A> type) {
        AggregateRepository<?> repository = repositories.computeIfAbsent(collection, c -> create(c, type));
        if (repository.type() != type) {
            throw new IllegalArgumentException(collection + " holds " + repository.type().getSimpleName() + ", not "
                    + type.getSimpleName());
        }
        return (AggregateRepository<A>) repository;
    }

    private <A extends AggregateRoot<A>> AggregateRepository<A> create(String collection, Class<A> type) {
        AggregateDocuments documents = new AggregateDocuments(writing.mongo(), collection);
        OutboxDocuments outbox = new OutboxDocuments(writing.mongo(), collection);
        documents.createIndexes();
        sweep.register(outbox);
        return new AggregateRepository<>(type, documents, outbox, writing);
    }
}

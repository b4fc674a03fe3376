package org.coopsuite.platform.aggregate;

import java.util.List;
import java.util.Optional;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.support.PageableExecutionUtils;

/**
 * The stored aggregates of one collection, from {@link Aggregates#repository}: loads them (404
 * when absent, 409 when not at the version a command expects), saves what a transition recorded
 * (the new state and its events in one write, which the outbox relay then publishes), gives the
 * context that stamps the events, and queries on the state's own field names.
 *
 * @param <A> the aggregate's type, stored as its state
 */
public final class AggregateRepository<A extends AggregateRoot<A>> {

    /** An element of an array in an aggregate's state, with the id of the aggregate that holds it. */
    public record Element<E>(String aggregateId, E value) {
    }

    private final Class<A> type;
    private final AggregateDocuments documents;
    private final StateQueries queries;
    private final OutboxDocuments outbox;
    private final Aggregates.Writing writing;

    AggregateRepository(Class<A> type, AggregateDocuments documents, OutboxDocuments outbox, Aggregates.Writing writing) {
        this.type = type;
        this.documents = documents;
        this.queries = new StateQueries(writing.mongo(), documents);
        this.outbox = outbox;
        this.writing = writing;
    }

    Class<A> type() {
        return type;
    }

    /** The aggregate, if it is stored. */
    public Optional<A> find(String id) {
        return documents.find(id, type);
    }

    /** @throws NotFoundException (404) when it is not stored */
    public A load(String id) {
        return find(id).orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
    }

    /**
     * The aggregate at the version a command expects.
     *
     * @param expectedVersion null when the command does not say
     * @throws StaleVersionException (409) when it is at another version
     */
    public A load(String id, Long expectedVersion) {
        A aggregate = load(id);
        if (expectedVersion != null && expectedVersion != aggregate.version()) {
            throw new StaleVersionException(id, expectedVersion, aggregate.version());
        }
        return aggregate;
    }

    /**
     * Writes what the aggregate recorded since it was read: its new state and its events, one
     * write guarded by the version it was read at (a new one, read at 0, is inserted). One that
     * recorded nothing (an idempotent repeat) writes nothing.
     *
     * @return the aggregate
     * @throws StaleVersionException when another write came first, or a new one's id is taken (nothing is written)
     */
    public A save(A aggregate) {
        List<SpecificRecord> events = aggregate.recordedEvents();
        if (events.isEmpty()) {
            return aggregate;
        }
        boolean written = aggregate.version() == 0 ? inserted(aggregate, events) : updated(aggregate, events);
        if (!written) {
            throw new StaleVersionException(aggregate.id(), aggregate.version(), documents.currentVersion(aggregate.id()));
        }
        return aggregate;
    }

    /**
     * Inserts a new aggregate unless its id is taken: for an id derived from what caused it, so
     * that a second delivery of the cause writes nothing.
     *
     * @return false when an aggregate with its id exists already (nothing is written)
     */
    public boolean insert(A aggregate) {
        if (aggregate.version() != 0 || aggregate.recordedEvents().isEmpty()) {
            throw new IllegalArgumentException("Only a new aggregate with its first events is inserted: " + aggregate.id());
        }
        return inserted(aggregate, aggregate.recordedEvents());
    }

    /** The context of new work: the current correlation and cause, now. */
    public EventContext context() {
        return EventContext.current(writing.clock().instant(), writing.producer());
    }

    /**
     * The context of work on the thread an aggregate belongs to: its correlation id carried on
     * (when it has one), the cause the current work.
     */
    public EventContext context(AggregateRoot<?> thread) {
        return context().carryingOn(thread.correlationId());
    }

    /** One page of the aggregates whose state matches, ordered, then by id; with the total. */
    public Page<A> page(Criteria onState, Sort order, Pageable pageable) {
        if (pageable.isUnpaged()) {
            return PageableExecutionUtils.getPage(list(onState, order), pageable, () -> 0);
        }
        List<A> content = queries.find(onState, order.and(pageable.getSort()), pageable.getOffset(),
                pageable.getPageSize(), type);
        return PageableExecutionUtils.getPage(content, pageable, () -> queries.count(onState));
    }

    /** Every aggregate whose state matches, ordered, then by id. */
    public List<A> list(Criteria onState, Sort order) {
        return queries.find(onState, order, 0, 0, type);
    }

    /** The ids of the aggregates whose state matches: for a check that then loads each. */
    public List<String> ids(Criteria onState) {
        return queries.ids(onState, Sort.unsorted(), 0);
    }

    /** The id of the first aggregate whose state matches, ordered, then by id. */
    public Optional<String> firstId(Criteria onState, Sort order) {
        return queries.ids(onState, order, 1).stream().findFirst();
    }

    public boolean exists(Criteria onState) {
        return queries.exists(onState);
    }

    /**
     * One page of the elements of an array in the states ({@code array} and the criteria and
     * order in the element's own field names), ordered, then by aggregate and element id.
     */
    public <E> Page<Element<E>> elements(String array, Criteria onElement, Sort order, Class<E> elementType,
            Pageable pageable) {
        List<Element<E>> content = queries.elements(array, onElement, order.and(pageable.getSort()),
                pageable.getOffset(), pageable.getPageSize(), elementType);
        return PageableExecutionUtils.getPage(content, pageable, () -> countElements(array, onElement));
    }

    /** How many elements of an array in the states match. */
    public long countElements(String array, Criteria onElement) {
        return queries.countElements(array, onElement);
    }

    private boolean inserted(A aggregate, List<SpecificRecord> events) {
        Hold hold = writing.relay().newHold();
        List<OutboxEntry> entries = entries(events);
        long version = lastVersion(events);
        if (!documents.insert(aggregate, version, entries, hold)) {
            return false;
        }
        writing.relay().publishHeld(outbox, new HeldOutbox(aggregate.id(), version, hold, entries));
        return true;
    }

    private boolean updated(A aggregate, List<SpecificRecord> events) {
        if (!documents.update(aggregate, lastVersion(events), entries(events))) {
            return false;
        }
        writing.relay().publishSoon(outbox, aggregate.id());
        return true;
    }

    private List<OutboxEntry> entries(List<SpecificRecord> events) {
        var trace = writing.traceHeaders().get();
        return events.stream().map(event -> OutboxEntry.of(event, writing.codec(), trace)).toList();
    }

    private static long lastVersion(List<SpecificRecord> events) {
        return EventCodec.meta(events.get(events.size() - 1)).getAggregateVersion();
    }
}

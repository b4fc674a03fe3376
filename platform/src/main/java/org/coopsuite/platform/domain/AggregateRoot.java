package org.coopsuite.platform.domain;

import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.common.EventMeta;
import org.springframework.data.annotation.Transient;

/**
 * What every aggregate of the suite has besides its own state: the version it was read at and
 * the events its transitions recorded since, each one version past the one before.
 *
 * @param <A> the aggregate's own type, so that {@link #readAt} returns it
 */
public abstract class AggregateRoot<A extends AggregateRoot<A>> {

    @Transient
    private long version;
    @Transient
    private final List<SpecificRecord> recorded = new ArrayList<>();

    /** The aggregate's id, also the key of its events. */
    public abstract String id();

    /**
     * The correlation id every event of this aggregate carries on, when it belongs to one
     * cooperation thread (a call's, from its drafting on); null when each piece of work on it
     * starts its own.
     */
    public String correlationId() {
        return null;
    }

    /** The aggregate type its events name, e.g. {@code Call}. */
    protected abstract String aggregateType();

    /** Sets the version this aggregate was read at; its next event is one past it. */
    @SuppressWarnings("unchecked")
    public A readAt(long storedVersion) {
        this.version = storedVersion;
        return (A) this;
    }

    /** The meta of the next event this aggregate records. */
    protected EventMeta nextMeta(String eventType, EventContext context) {
        return context.meta(eventType, aggregateType(), id(), version + recorded.size() + 1);
    }

    protected void record(SpecificRecord event) {
        recorded.add(event);
    }

    /** The events of the transitions since it was read, in order. */
    public List<SpecificRecord> recordedEvents() {
        return List.copyOf(recorded);
    }

    /** The version it was read at (0 for a new aggregate). */
    public long version() {
        return version;
    }
}

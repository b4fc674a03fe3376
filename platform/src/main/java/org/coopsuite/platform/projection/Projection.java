package org.coopsuite.platform.projection;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.codec.EventCodec;

/**
 * How one kind of view is built from events: which view an event changes and how. The
 * {@link Projector} does the rest: reading, skipping duplicates, counting gaps, writing.
 */
public interface Projection<V extends View> {

    /** The MongoDB collection of the views, e.g. {@code callViews}. */
    String collection();

    Class<V> viewType();

    /**
     * The id of the view this event changes, or null when the event does not concern it. By
     * default the id of the event's aggregate: one view per source aggregate, and every event
     * of that aggregate goes to it (even those {@link #apply} ignores), so versions stay
     * contiguous and a gap means a lost event.
     */
    default String viewId(SpecificRecord event) {
        return EventCodec.meta(event).getAggregateId();
    }

    /** A view that exists from now on, before its first event is applied. */
    V newView(String id);

    /**
     * Applies one event to the view; it must not change the view when it throws, and it never
     * sees an event that is older than, or the same as, one already applied.
     */
    void apply(V view, SpecificRecord event);
}

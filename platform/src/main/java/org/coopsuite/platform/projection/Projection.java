package org.coopsuite.platform.projection;

import org.apache.avro.specific.SpecificRecord;

/**
 * How one kind of view is built from events: which view an event changes and how. The
 * {@link Projector} does the rest: reading, skipping duplicates, counting gaps, writing.
 */
public interface Projection<V extends View> {

    /** The MongoDB collection of the views, e.g. {@code callViews}. */
    String collection();

    Class<V> viewType();

    /** The id of the view this event changes, or null when the event does not concern it. */
    String viewId(SpecificRecord event);

    /** A view that exists from now on, before its first event is applied. */
    V newView(String id);

    /**
     * Applies one event to the view; it must not change the view when it throws, and it never
     * sees an event that is older than, or the same as, one already applied.
     */
    void apply(V view, SpecificRecord event);
}

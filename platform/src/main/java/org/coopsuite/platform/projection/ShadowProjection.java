package org.coopsuite.platform.projection;

import org.apache.avro.specific.SpecificRecord;

/**
 * A projection written into another collection (a rebuild's shadow beside the live one), its
 * new views starting at a revision base: a rebuilt view must never carry a revision that a view
 * of the live collection, kept in some instance's memory, could have, or that instance's guarded
 * write would replace the rebuilt view with its stale one. A base of the rebuild's start in
 * epoch milliseconds times 1,000 is above every revision a live view reaches (one a batch).
 */
public final class ShadowProjection<V extends View> implements Projection<V> {

    private final Projection<V> live;
    private final String collection;
    private final long revisionBase;

    public ShadowProjection(Projection<V> live, String collection, long revisionBase) {
        this.live = live;
        this.collection = collection;
        this.revisionBase = revisionBase;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public Class<V> viewType() {
        return live.viewType();
    }

    @Override
    public String viewId(SpecificRecord event) {
        return live.viewId(event);
    }

    @Override
    public V newView(String id) {
        V view = live.newView(id);
        view.setRevision(revisionBase);
        return view;
    }

    @Override
    public void apply(V view, SpecificRecord event) {
        live.apply(view, event);
    }
}

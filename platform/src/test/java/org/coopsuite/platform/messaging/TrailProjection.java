package org.coopsuite.platform.messaging;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.schemas.codec.EventCodec;

/**
 * Keeps a {@link Trail} per aggregate. The fault a test plants: an event of an aggregate in
 * {@link #poisoned} breaks a rule (InvalidCommandException, a deterministic failure) until the
 * aggregate is taken out again, i.e. the fault is fixed.
 */
class TrailProjection implements Projection<Trail> {

    final Set<String> poisoned;
    private final String collection;

    TrailProjection(String collection) {
        this(collection, ConcurrentHashMap.newKeySet());
    }

    /** @param poisoned shared, e.g. by the instances of a service in one test */
    TrailProjection(String collection, Set<String> poisoned) {
        this.collection = collection;
        this.poisoned = poisoned;
    }

    @Override
    public String collection() {
        return collection;
    }

    @Override
    public Class<Trail> viewType() {
        return Trail.class;
    }

    @Override
    public Trail newView(String id) {
        return new Trail(id);
    }

    @Override
    public void apply(Trail view, SpecificRecord event) {
        long version = EventCodec.meta(event).getAggregateVersion();
        if (version > 1 && poisoned.contains(view.getId())) {
            throw new InvalidCommandException(Map.of("event", "version " + version + " of " + view.getId() + " is poison"));
        }
        view.getVersions().add(version);
    }
}

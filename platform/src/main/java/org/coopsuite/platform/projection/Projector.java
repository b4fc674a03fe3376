package org.coopsuite.platform.projection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.coopsuite.platform.messaging.EventFailedException;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.index.Index;

/**
 * Applies a batch of events to a projection idempotently and writes it as one bulk write:
 * the views the batch touches are read with one query, each event is applied in order in
 * memory (an event whose version is not newer than the one the view last applied from that
 * aggregate is a duplicate and is skipped, unless it is the last applied version from another
 * event: that is a divergence, failed as {@link DivergentEventException} and counted; a version
 * that skips ahead is a gap, logged and counted), then every changed view is written in one
 * unordered bulk write, each guarded by the revision it was read at.
 *
 * <p>The views of the last batches written are kept in memory (a bounded number) and taken
 * from there instead of the server: a view comes back only after its write succeeded, at the
 * revision written, so a batch that failed or conflicted reads its views afresh; and if
 * another writer changed a view meanwhile, the revision guard refuses the write, as it would
 * for a view read from the server. On the local stack's server this spares the batch's read,
 * a third of the server's time in a projection (docs/benchmarks.md).
 *
 * <p>Views are mapped by the template's converter but read and written through the driver's
 * collection: the template's query mapping and bulk wrapper cost more than the mapping itself
 * on this hot path (docs/benchmarks.md).
 */
public class Projector {

    private static final Logger log = LoggerFactory.getLogger(Projector.class);
    private static final String ID = "_id";
    private static final String REVISION = "revision";
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoTemplate mongo;
    private final ProjectionMetrics metrics;
    private final Cache<ViewKey, View> lastWritten;

    /** @param cachedViews how many views written last are kept in memory; 0 reads every batch's views from the server */
    public Projector(MongoTemplate mongo, MeterRegistry registry, int cachedViews) {
        this.mongo = mongo;
        this.metrics = new ProjectionMetrics(registry);
        this.lastWritten = Caffeine.newBuilder().maximumSize(cachedViews).executor(Runnable::run).build();
    }

    private record ViewKey(String collection, String id) {
    }

    /**
     * Declares the index the guarded view writes need: on the local stack's server a query
     * uses an index only when its fields are exactly a unique index's.
     */
    public void register(Projection<?> projection) {
        mongo.indexOps(projection.collection())
                .createIndex(new Index().on("_id", Sort.Direction.ASC).on(REVISION, Sort.Direction.ASC).unique());
    }

    /**
     * Forgets the views of a collection kept in memory, so that the next batch reads them from the
     * server: for a collection replaced as a whole (a rebuilt projection swapped in).
     */
    public void forget(String collection) {
        lastWritten.asMap().keySet().removeIf(key -> key.collection().equals(collection));
    }

    /** One view of a projection, for queries. */
    public <V extends View> Optional<V> find(Projection<V> projection, String id) {
        return Optional.ofNullable(mongo.findById(id, projection.viewType(), projection.collection()));
    }

    /**
     * @throws EventFailedException naming the first event whose {@code apply} failed; the
     *         events before it are written first
     * @throws ProjectionConflictException when another writer changed a view meanwhile
     */
    public <V extends View> void project(Projection<V> projection, List<SpecificRecord> events) {
        long started = System.nanoTime();
        Map<String, V> views = read(projection, events);
        Set<V> changed = new LinkedHashSet<>();
        Set<String> created = new LinkedHashSet<>();
        Tally tally = new Tally();
        for (int i = 0; i < events.size(); i++) {
            SpecificRecord event = events.get(i);
            String viewId = projection.viewId(event);
            if (viewId == null) {
                continue;
            }
            V view = views.computeIfAbsent(viewId, id -> {
                created.add(id);
                return projection.newView(id);
            });
            if (applyOne(projection, view, event, tally)) {
                changed.add(view);
            } else if (tally.failed) {
                // The failed view may be half changed: write what came before it afresh, then name it.
                project(projection, events.subList(0, i));
                throw new EventFailedException(i, tally.failure);
            }
        }
        write(projection, changed, created);
        // A view created here but not written is not kept: the next batch creates it again.
        views.values().stream().filter(view -> changed.contains(view) || !created.contains(view.getId()))
                .forEach(view -> lastWritten.put(new ViewKey(projection.collection(), view.getId()), view));
        metrics.record(projection.collection(), tally.applied, tally.duplicates, tally.gaps, started);
    }

    /** What a batch did, counted once it is written. */
    private static final class Tally {
        int applied;
        int duplicates;
        int gaps;
        boolean failed;
        RuntimeException failure;
    }

    /** @return true when the view changed; false for a duplicate, or a failure noted in the tally */
    private <V extends View> boolean applyOne(Projection<V> projection, V view, SpecificRecord event, Tally tally) {
        EventMeta meta = EventCodec.meta(event);
        long last = view.appliedVersion(meta.getAggregateId());
        long version = meta.getAggregateVersion();
        if (version < last || version == last && !divergent(view, meta)) {
            tally.duplicates++;
            return false;
        }
        if (version == last) {
            metrics.divergent(projection.collection());
            tally.failed = true;
            tally.failure = new DivergentEventException(projection.collection(), meta.getAggregateType(),
                    meta.getAggregateId(), version, view.appliedEventId(meta.getAggregateId()), meta.getEventId());
            return false;
        }
        try {
            projection.apply(view, event);
        } catch (RuntimeException e) {
            tally.failed = true;
            tally.failure = e;
            return false;
        }
        if (version > last + 1) {
            tally.gaps++;
            log.warn("Gap in {} for {} {}: applied version {}, now {}", projection.collection(),
                    meta.getAggregateType(), meta.getAggregateId(), last, version);
        }
        view.applied(meta.getAggregateId(), version, meta.getEventId());
        tally.applied++;
        return true;
    }

    /**
     * Another event than the one the view applied its aggregate's last version from. Only the last
     * version's event id is kept (a view would grow with every version otherwise): an older
     * version is a duplicate whatever its id, which {@code ./coop audit} checks on the topics.
     */
    private static boolean divergent(View view, EventMeta meta) {
        String applied = view.appliedEventId(meta.getAggregateId());
        return applied != null && !applied.equals(meta.getEventId());
    }

    /**
     * The views a batch touches: those written last taken out of memory (they return only once
     * this batch is written), the others read with one query.
     */
    private <V extends View> Map<String, V> read(Projection<V> projection, List<SpecificRecord> events) {
        Set<String> ids = new LinkedHashSet<>();
        events.stream().map(projection::viewId).filter(Objects::nonNull).forEach(ids::add);
        Map<String, V> views = new LinkedHashMap<>();
        List<String> toRead = new ArrayList<>();
        for (String id : ids) {
            View kept = lastWritten.asMap().remove(new ViewKey(projection.collection(), id));
            if (projection.viewType().isInstance(kept)) {
                views.put(id, projection.viewType().cast(kept));
            } else {
                toRead.add(id);
            }
        }
        if (!toRead.isEmpty()) {
            MongoConverter converter = mongo.getConverter();
            for (Document found : mongo.getCollection(projection.collection()).find(Filters.in(ID, toRead))) {
                V view = converter.read(projection.viewType(), found);
                views.put(view.getId(), view);
            }
        }
        metrics.viewsRead(projection.collection(), ids.size() - toRead.size(), toRead.size());
        return views;
    }

    private <V extends View> void write(Projection<V> projection, Set<V> changed, Set<String> created) {
        if (changed.isEmpty()) {
            return;
        }
        MongoConverter converter = mongo.getConverter();
        List<WriteModel<Document>> writes = new ArrayList<>(changed.size());
        int replaced = 0;
        for (V view : changed) {
            long readAt = view.getRevision();
            view.setRevision(readAt + 1);
            Document document = new Document();
            converter.write(view, document);
            if (created.contains(view.getId())) {
                writes.add(new InsertOneModel<>(document));
            } else {
                // A plain {_id, revision} document, not Filters.and (which renders as $and): the local
                // stack's server uses the unique index only for exactly these fields.
                writes.add(new ReplaceOneModel<>(new Document(ID, view.getId()).append(REVISION, readAt), document));
                replaced++;
            }
        }
        BulkWriteResult result;
        try {
            result = mongo.getCollection(projection.collection()).bulkWrite(writes, UNORDERED);
        } catch (MongoBulkWriteException e) {
            throw new ProjectionConflictException("A view of " + projection.collection() + " was written meanwhile", e);
        }
        if (result.getMatchedCount() < replaced) {
            throw new ProjectionConflictException("A view of " + projection.collection() + " was written meanwhile", null);
        }
    }
}

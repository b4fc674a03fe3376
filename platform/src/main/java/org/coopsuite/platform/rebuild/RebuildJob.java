package org.coopsuite.platform.rebuild;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.MongoNamespace;
import com.mongodb.client.model.RenameCollectionOptions;
import org.apache.kafka.common.TopicPartition;
import org.bson.Document;
import org.coopsuite.platform.messaging.Failures;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.projection.ShadowProjection;
import org.coopsuite.platform.projection.View;
import org.coopsuite.platform.rebuild.Rebuild.State;
import org.coopsuite.platform.rebuild.TopicReader.RebuildCancelledException;
import org.coopsuite.schemas.codec.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One rebuild of one projection: its topics read from the beginning into a shadow collection
 * ({@code <collection>.rebuild}) through the projection's own code and the {@link Projector},
 * never its reactions, while the live collection keeps serving and its consumer keeps applying
 * new events. Once caught up with the topics' ends: the live bindings paused, the last events
 * read, the shadow renamed over the live collection in one {@code renameCollection} with
 * {@code dropTarget}, the views kept in memory forgotten, then the events written meanwhile
 * (by any instance, up to the topics' ends after the rename) applied to the new live collection,
 * and the bindings resumed. The live group re-applies nothing twice: an event it meets again is
 * a duplicate by its version. A dry run compares the shadow with the live collection and drops
 * it. Until the rename, the live collection is never written: a rebuild that fails, is
 * cancelled or dies leaves it as it was, and at most a shadow that the next rebuild drops.
 */
final class RebuildJob implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(RebuildJob.class);
    static final String SHADOW_SUFFIX = ".rebuild";
    /** Within this many records of the ends, the rebuild swaps (or compares). */
    private static final long CAUGHT_UP = 2_000;
    private static final int FOLLOW_ROUNDS = 20;
    private static final int LISTED_DIFFERENCES = 100;

    private final String id;
    private final Projection<? extends View> live;
    private final List<String> topics;
    private final boolean dryRun;
    private final RebuildContext context;
    private final ShadowWriter writer;
    private final AtomicLong read = new AtomicLong();
    private final Instant startedAt;
    private final long startedNanos = System.nanoTime();
    private volatile State state = State.RUNNING;
    private volatile long totalAtStart;
    private volatile boolean cancelled;
    private volatile boolean renamed;
    private volatile Instant finishedAt;
    private volatile long finishedNanos;
    private volatile String error;
    private volatile ViewDifferences differences;

    RebuildJob(String id, Projection<? extends View> live, List<String> topics, boolean dryRun, RebuildContext context) {
        this.id = id;
        this.live = live;
        this.topics = List.copyOf(topics);
        this.dryRun = dryRun;
        this.context = context;
        this.writer = new ShadowWriter(context.codec(), context.projector(), context.references());
        this.startedAt = context.clock().instant();
    }

    /** What a rebuild needs of the service; {@code references} null for no reference check. */
    record RebuildContext(Projector projector, MongoTemplate mongo, EventCodec codec,
            Map<String, Object> kafka, LiveBindings bindings, Clock clock, EventReferences references) {
    }

    String id() {
        return id;
    }

    String collection() {
        return live.collection();
    }

    /** Asks the rebuild to stop between two polls; too late once the shadow is renamed. */
    void cancel() {
        cancelled = true;
    }

    @Override
    public void run() {
        String shadowName = live.collection() + SHADOW_SUFFIX;
        try (TopicReader reader = new TopicReader(context.kafka(), topics)) {
            Projection<? extends View> shadow = prepare(live, shadowName);
            Map<TopicPartition, Long> end = reader.endOffsets();
            totalAtStart = reader.records(end);
            log.info("Rebuild {} of {} from {}: {} events{}", id, live.collection(), topics, totalAtStart,
                    dryRun ? " (dry run)" : "");
            reader.readTo(end, batch -> read.addAndGet(writer.apply(shadow, batch)), this::cancelled);
            for (int round = 0; round < FOLLOW_ROUNDS && reader.lag(end = reader.endOffsets()) > CAUGHT_UP; round++) {
                reader.readTo(end, batch -> read.addAndGet(writer.apply(shadow, batch)), this::cancelled);
            }
            if (dryRun) {
                reader.readTo(reader.endOffsets(), batch -> read.addAndGet(writer.apply(shadow, batch)), this::cancelled);
                compare(shadowName);
                dropQuietly(shadowName);
                finish(State.COMPARED);
            } else {
                swap(reader, shadow, shadowName);
                finish(State.SWAPPED);
            }
        } catch (RebuildCancelledException e) {
            dropQuietly(shadowName);
            finish(State.CANCELLED);
        } catch (RuntimeException e) {
            log.error("Rebuild {} of {} failed{}", id, live.collection(), renamed ? " after the swap" : "", e);
            error = Failures.reason(e);
            if (!renamed) {
                dropQuietly(shadowName);
            }
            finish(State.FAILED);
        }
    }

    /** The shadow afresh: an earlier one dropped, the live collection's indexes and the projection's own declared. */
    private <V extends View> Projection<V> prepare(Projection<V> projection, String shadowName) {
        MongoTemplate mongo = context.mongo();
        if (mongo.collectionExists(shadowName)) {
            mongo.dropCollection(shadowName);
        }
        context.projector().forget(shadowName);
        ShadowProjection<V> shadow = new ShadowProjection<>(projection, shadowName, startedAt.toEpochMilli() * 1000);
        mongo.createCollection(shadowName);
        if (mongo.collectionExists(projection.collection())) {
            for (Document index : mongo.getCollection(projection.collection()).listIndexes()) {
                ShadowIndexes.copy(index, mongo.getCollection(shadowName));
            }
        }
        context.projector().register(shadow);
        return shadow;
    }

    private void swap(TopicReader reader, Projection<? extends View> shadow, String shadowName) {
        state = State.SWAPPING;
        context.bindings().pause(topics);
        try {
            reader.readTo(reader.endOffsets(), batch -> read.addAndGet(writer.apply(shadow, batch)), this::cancelled);
            MongoTemplate mongo = context.mongo();
            mongo.getCollection(shadowName).renameCollection(
                    new MongoNamespace(mongo.getDb().getName(), live.collection()),
                    new RenameCollectionOptions().dropTarget(true));
            renamed = true;
            context.projector().forget(live.collection());
            context.projector().forget(shadowName);
            context.projector().register(live);
            // What any instance wrote to the old collection before the rename is below these ends.
            reader.readTo(reader.endOffsets(), batch -> read.addAndGet(writer.apply(live, batch)), () -> false);
            log.info("Rebuild {} of {} swapped in: {} events read", id, live.collection(), read.get());
        } finally {
            context.bindings().resume(topics);
        }
    }

    private void compare(String shadowName) {
        Document byId = new Document("_id", 1);
        MongoTemplate mongo = context.mongo();
        differences = new ViewDifferences(LISTED_DIFFERENCES).compare(
                mongo.getCollection(shadowName).find().sort(byId), mongo.getCollection(live.collection()).find().sort(byId));
        log.info("Rebuild {} of {} (dry run): {} views differ", id, live.collection(), differences.count());
    }

    private boolean cancelled() {
        return cancelled && !renamed;
    }

    private void finish(State last) {
        finishedNanos = System.nanoTime();
        finishedAt = context.clock().instant();
        state = last;
    }

    private void dropQuietly(String shadowName) {
        context.projector().forget(shadowName);
        try {
            context.mongo().dropCollection(shadowName);
        } catch (RuntimeException e) {
            log.warn("Could not drop {} (the next rebuild drops it): {}", shadowName, e.toString());
        }
    }

    Rebuild snapshot() {
        long events = read.get();
        long until = finishedNanos;
        double seconds = ((until == 0 ? System.nanoTime() : until) - startedNanos) / 1e9;
        ViewDifferences found = differences;
        return new Rebuild(id, live.collection(), topics, dryRun, state, totalAtStart, events,
                seconds <= 0 ? 0 : events / seconds, startedAt, finishedAt, writer.undecodable(), writer.heldBack(),
                writer.firstFailure(), found == null ? 0 : found.count(), found == null ? List.of() : found.listed(),
                error);
    }
}

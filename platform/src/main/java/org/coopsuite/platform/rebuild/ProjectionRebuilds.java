package org.coopsuite.platform.rebuild;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.projection.View;
import org.coopsuite.platform.rebuild.RebuildJob.RebuildContext;
import org.coopsuite.schemas.codec.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The projections of a service (those its {@link Subscription}s keep) and their rebuilds, one at
 * a time per projection across the service's instances ({@link RebuildLeases}), each on a thread
 * of its own. The rebuilds of this instance's life are kept for their reports, the last 100.
 */
public class ProjectionRebuilds implements AutoCloseable {

    private static final int KEPT = 100;
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);

    /** A projection: its collection and the topics it is built from. */
    public record ProjectionInfo(String collection, List<String> topics, String viewType) {
    }

    private final Map<String, Projection<? extends View>> projections = new LinkedHashMap<>();
    private final Map<String, List<String>> topics = new LinkedHashMap<>();
    private final RebuildContext context;
    private final RebuildLeases leases;
    private final Map<String, RebuildJob> byId = new ConcurrentHashMap<>();
    private final Map<String, RebuildJob> running = new ConcurrentHashMap<>();
    private final List<String> order = new ArrayList<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "projection-rebuild-leases");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param kafka the Kafka client properties of the rebuilds' consumers (bootstrap servers, security)
     * @param subscriptions the service's subscriptions; its reactions are never run by a rebuild
     */
    public ProjectionRebuilds(List<Subscription> subscriptions, Projector projector, MongoTemplate mongo,
            EventCodec codec, Map<String, Object> kafka, LiveBindings bindings, Clock clock, EventReferences references) {
        this.context = new RebuildContext(projector, mongo, codec, Map.copyOf(kafka), bindings, clock, references);
        this.leases = new RebuildLeases(mongo, clock);
        long every = RebuildLeases.RENEWAL.toMillis();
        renewals.scheduleWithFixedDelay(this::renewLeases, every, every, TimeUnit.MILLISECONDS);
        for (Subscription subscription : subscriptions) {
            Projection<?> projection = subscription.projection();
            if (projection != null) {
                projections.putIfAbsent(projection.collection(), projection);
                topics.computeIfAbsent(projection.collection(), c -> new ArrayList<>()).add(subscription.topic().topic());
            }
        }
    }

    public List<ProjectionInfo> projections() {
        return projections.values().stream().map(p -> new ProjectionInfo(p.collection(),
                List.copyOf(topics.get(p.collection())), p.viewType().getSimpleName())).toList();
    }

    /**
     * Starts a rebuild of the projection kept in this collection.
     *
     * @throws NotFoundException when no projection of this service is kept there
     * @throws RebuildRunningException when one runs already, on this instance or another
     */
    public synchronized Rebuild start(String collection, boolean dryRun) {
        Projection<? extends View> projection = projections.get(collection);
        if (projection == null) {
            throw new NotFoundException("Projection", collection);
        }
        RebuildJob current = running.get(collection);
        if (current != null) {
            throw new RebuildRunningException(collection, current.id(), "");
        }
        String id = UUID.randomUUID().toString();
        leases.acquire(collection, id).ifPresent(elsewhere -> {
            throw new RebuildRunningException(collection, elsewhere, " on another instance");
        });
        RebuildJob job = new RebuildJob(id, projection, topics.get(collection), dryRun, context);
        running.put(collection, job);
        keep(job);
        threads.execute(() -> {
            try {
                job.run();
            } finally {
                running.remove(collection, job);
                leases.release(collection, id);
            }
        });
        return job.snapshot();
    }

    /**
     * Runs one rebuild (not a dry run) in the caller's thread, outside a service (no live binding
     * to pause), and answers how it ended: the very job the endpoint starts, for the benchmark.
     */
    public static Rebuild runHere(Projection<? extends View> projection, List<String> topics, Projector projector,
            MongoTemplate mongo, EventCodec codec, Map<String, Object> kafka, Clock clock) {
        RebuildJob job = new RebuildJob(UUID.randomUUID().toString(), projection, topics, false,
                new RebuildContext(projector, mongo, codec, Map.copyOf(kafka), LiveBindings.NONE, clock, null));
        job.run();
        return job.snapshot();
    }

    public Optional<Rebuild> find(String id) {
        return Optional.ofNullable(byId.get(id)).map(RebuildJob::snapshot);
    }

    /** The rebuilds of this instance's life, the latest first. */
    public synchronized List<Rebuild> list() {
        List<String> latestFirst = new ArrayList<>(order);
        Collections.reverse(latestFirst);
        return latestFirst.stream().map(byId::get).map(RebuildJob::snapshot).toList();
    }

    /** Asks a running rebuild to stop; the live projection stays as it is. */
    public Rebuild cancel(String id) {
        RebuildJob job = byId.get(id);
        if (job == null) {
            throw new NotFoundException("Rebuild", id);
        }
        job.cancel();
        return job.snapshot();
    }

    /** A rebuild whose lease another instance took over (this one was taken for dead) stops. */
    private void renewLeases() {
        running.forEach((collection, job) -> {
            try {
                if (!leases.renew(collection, job.id())) {
                    log.warn("The lease of rebuild {} of {} was taken over: cancelling it", job.id(), collection);
                    job.cancel();
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the lease of rebuild {} of {}: {}", job.id(), collection, e.toString());
            }
        });
    }

    private void keep(RebuildJob job) {
        byId.put(job.id(), job);
        order.add(job.id());
        while (order.size() > KEPT && !running.containsValue(byId.get(order.get(0)))) {
            byId.remove(order.remove(0));
        }
    }

    /** Cancels what runs (a stopping service leaves its live projections as they are). */
    @Override
    public void close() {
        running.values().forEach(RebuildJob::cancel);
        renewals.shutdown();
        threads.shutdown();
    }

    /** A rebuild of the projection runs already. */
    public static final class RebuildRunningException extends RuntimeException {

        private final String rebuildId;

        RebuildRunningException(String collection, String rebuildId, String where) {
            super("A rebuild of " + collection + " runs already" + where + ": " + rebuildId);
            this.rebuildId = rebuildId;
        }

        /** The id of the rebuild that runs. */
        public String rebuildId() {
            return rebuildId;
        }
    }
}

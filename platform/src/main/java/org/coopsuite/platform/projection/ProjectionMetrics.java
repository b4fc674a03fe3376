package org.coopsuite.platform.projection;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/** Events applied, duplicates skipped, gaps seen, divergent events, views read and batch apply time, per projection. */
class ProjectionMetrics {

    private final MeterRegistry registry;

    ProjectionMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one written batch: events applied, duplicates skipped, gaps seen, and its time. */
    void record(String projection, int applied, int duplicates, int gaps, long startedNanos) {
        counter("coop.projection.applied", "Events applied to a projection", projection).increment(applied);
        counter("coop.projection.duplicates", "Events skipped as already applied", projection).increment(duplicates);
        counter("coop.projection.gaps", "Events whose version skipped ahead of the last applied", projection)
                .increment(gaps);
        Timer.builder("coop.projection.batch").description("Time to apply and write one batch")
                .tag("projection", projection).register(registry)
                .record(System.nanoTime() - startedNanos, TimeUnit.NANOSECONDS);
    }

    /** Counts an event at a version the view applied from another event (it is parked, not applied). */
    void divergent(String projection) {
        counter("coop.projection.divergent", "Events at a version already applied from another event", projection)
                .increment();
    }

    /** Counts the views a batch took from memory and those it read from the server. */
    void viewsRead(String projection, int fromMemory, int fromServer) {
        viewCounter(projection, "memory").increment(fromMemory);
        viewCounter(projection, "server").increment(fromServer);
    }

    private Counter viewCounter(String projection, String source) {
        return Counter.builder("coop.projection.views").description("Views a batch touched, by where they were read from")
                .tag("projection", projection).tag("source", source).register(registry);
    }

    private Counter counter(String name, String description, String projection) {
        return Counter.builder(name).description(description).tag("projection", projection).register(registry);
    }
}

package org.coopsuite.platform.aggregate;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The outbox's health in numbers: events published, relay failures, outboxes quarantined, and
 * (as of the last sweep) the backlog of pending events and the age of the oldest, per collection.
 */
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Counter failures;
    private final Map<String, Counter> published = new ConcurrentHashMap<>();
    private final Map<String, Counter> quarantined = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> backlog = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldestMillis = new ConcurrentHashMap<>();

    public OutboxMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
        this.failures = Counter.builder("coop.outbox.relay.failures")
                .description("Relay attempts that failed and were left to the sweep").register(registry);
    }

    void published(String collection, int count) {
        published.computeIfAbsent(collection, c -> Counter.builder("coop.outbox.published")
                .description("Events published from the outbox").tag("collection", c).register(registry))
                .increment(count);
    }

    void failed() {
        failures.increment();
    }

    /** An outbox quarantined: the broker refused it too often for a reason that does not pass. */
    void quarantined(String collection) {
        quarantined.computeIfAbsent(collection, c -> Counter.builder("coop.outbox.quarantined")
                .description("Outboxes quarantined after refused publishing").tag("collection", c).register(registry))
                .increment();
    }

    /** Records what the sweep saw pending: how many events wait, and since when the oldest. */
    void pending(String collection, List<OutboxDocuments.Pending> outboxes) {
        long count = 0;
        long oldest = 0;
        for (OutboxDocuments.Pending outbox : outboxes) {
            count += outbox.events();
            if (outbox.oldest() != null && (oldest == 0 || outbox.oldest().getTime() < oldest)) {
                oldest = outbox.oldest().getTime();
            }
        }
        watch(collection);
        backlog.get(collection).set(count);
        oldestMillis.get(collection).set(oldest);
    }

    private void watch(String collection) {
        if (backlog.putIfAbsent(collection, new AtomicLong()) != null) {
            return;
        }
        oldestMillis.put(collection, new AtomicLong());
        Gauge.builder("coop.outbox.backlog", backlog.get(collection), AtomicLong::get)
                .description("Events pending in the outbox at the last sweep").tag("collection", collection)
                .register(registry);
        Gauge.builder("coop.outbox.oldest.age", () -> oldestAgeSeconds(collection)).baseUnit("seconds")
                .description("Age of the oldest pending event at the last sweep, 0 when none")
                .tag("collection", collection).register(registry);
    }

    private double oldestAgeSeconds(String collection) {
        long oldest = oldestMillis.get(collection).get();
        return oldest == 0 ? 0 : (clock.millis() - oldest) / 1000.0;
    }
}

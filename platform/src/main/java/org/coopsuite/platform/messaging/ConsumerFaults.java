package org.coopsuite.platform.messaging;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The consumers held up by a transient failure (MongoDB unreachable, a version conflict):
 * their partition waits at the failing record, retried with backoff without limit, and until
 * a batch goes through again the service is not ready ({@code consumers} in the readiness
 * group), so that an orchestrator stops sending it work and an operator sees why.
 */
public class ConsumerFaults implements HealthIndicator {

    private record Fault(Instant since, String reason) {
    }

    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final Clock clock;

    public ConsumerFaults(Clock clock) {
        this.clock = clock;
    }

    /** A transient failure of the group's consumer of the topic; the first one's time is kept. */
    void failed(String group, String topic, Throwable failure) {
        faults.computeIfAbsent(group + " " + topic, key -> new Fault(clock.instant(), Failures.reason(failure)));
    }

    /** A batch of the topic went through: the group's consumer of it is no longer held up. */
    void succeeded(String group, String topic) {
        if (!faults.isEmpty()) {
            faults.remove(group + " " + topic);
        }
    }

    public boolean anyFault() {
        return !faults.isEmpty();
    }

    @Override
    public Health health() {
        if (faults.isEmpty()) {
            return Health.up().build();
        }
        Map<String, Object> details = new TreeMap<>();
        faults.forEach((consumer, fault) -> details.put(consumer, Map.of("since", fault.since().toString(),
                "reason", fault.reason())));
        return Health.down().withDetails(details).build();
    }
}

package org.coopsuite.tools.status;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.tools.suite.ParkedSequences.Parked;
import org.coopsuite.tools.suite.Service;

/**
 * What {@code status} found of one service.
 *
 * @param service     the service
 * @param health      its management port's overall status ({@code UP}, {@code DOWN}, ...); {@code DOWN} when unreachable
 * @param healthNote  why it is not UP when the service did not say (unreachable, an HTTP error); empty otherwise
 * @param outbox      per outbox collection, as of the relay's last sweep; empty when there are no metrics (yet)
 * @param deadLetters events dead-lettered since the service started, over every topic and group; empty without metrics
 * @param parked      its parked sequences, or why they are not known
 * @param groups      the lag of each of its consumer groups; empty when Kafka could not be read
 */
record ServiceStatus(Service service, String health, String healthNote, Map<String, Outbox> outbox,
        Optional<Double> deadLetters, Parked parked, List<Lag.OfGroup> groups) {

    static final String UP = "UP";

    ServiceStatus {
        outbox = Collections.unmodifiableMap(new LinkedHashMap<>(outbox));
        groups = List.copyOf(groups);
    }

    boolean up() {
        return UP.equals(health);
    }

    /** Whether a status check fails on this service: not UP, or sequences parked (or not known to be none). */
    boolean problem() {
        return !up() || parked.problem();
    }

    long backlog() {
        return outbox.values().stream().mapToLong(Outbox::backlog).sum();
    }

    double oldestAgeSeconds() {
        return outbox.values().stream().mapToDouble(Outbox::oldestAgeSeconds).max().orElse(0);
    }

    ServiceStatus withGroups(List<Lag.OfGroup> lags) {
        return new ServiceStatus(service, health, healthNote, outbox, deadLetters, parked, lags);
    }

    /**
     * One outbox collection.
     *
     * @param backlog          events pending at the last sweep
     * @param oldestAgeSeconds the age of the oldest of them, 0 when none
     */
    record Outbox(long backlog, double oldestAgeSeconds) {
    }
}

package org.coopsuite.platform.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Tunables of the platform, under {@code coop.platform}.
 *
 * @param outbox the relay's timing
 * @param consumer retries of a failing event before it is dead-lettered
 * @param web limits of the HTTP API
 * @param projection what projections keep in memory
 * @param parked the retries of parked sequences
 * @param mongo how long the MongoDB client waits for a server
 */
@ConfigurationProperties("coop.platform")
public record PlatformProperties(@DefaultValue Outbox outbox, @DefaultValue Consumer consumer, @DefaultValue Web web,
        @DefaultValue Projection projection, @DefaultValue Parked parked, @DefaultValue Mongo mongo) {

    /**
     * @param sweepInterval how often every instance looks for events a crash left behind
     * @param lease how long a relay holds an aggregate's outbox before another may take over
     * @param publishTimeout how long the relay waits for the broker's acknowledgements
     * @param relayThreads threads publishing right after writes, a round of up to 200 aggregates
     *        each; a round mostly waits (on MongoDB and the broker's acknowledgements), so more
     *        threads than cores (docs/benchmarks.md)
     * @param quarantineAfter rounds in a row that the broker refuses an aggregate's outbox for a
     *        lasting reason (a record too large, say) before it is quarantined
     */
    public record Outbox(@DefaultValue("2s") Duration sweepInterval, @DefaultValue("30s") Duration lease,
            @DefaultValue("10s") Duration publishTimeout, @DefaultValue("8") int relayThreads,
            @DefaultValue("5") int quarantineAfter) {
    }

    /**
     * @param retries attempts after the first before an event failing for a reason neither known
     *        transient nor known deterministic is parked; a transient failure is retried without
     *        limit, a deterministic one is parked at once
     * @param initialBackoff the first wait; each next one doubles, up to {@code maxBackoff}
     * @param maxBackoff the longest wait between two attempts
     */
    public record Consumer(@DefaultValue("4") int retries, @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("5s") Duration maxBackoff) {
    }

    /** @param maxBodySize the largest request body accepted; larger ones get a 413 */
    public record Web(@DefaultValue("64KB") DataSize maxBodySize) {
    }

    /**
     * @param cachedViews how many of the views written last a service keeps in memory, to skip
     *        reading them again (each is checked by its revision when written; 0 turns it off)
     */
    public record Projection(@DefaultValue("10000") int cachedViews) {
    }

    /**
     * @param claimLease how long a retry holds a sequence if its instance stops half-way
     * @param retryTransient whether every instance retries, every {@code retryInterval}, the
     *        sequences whose last failure was transient (off: an operator retries them)
     * @param retryInterval the delay between two scheduled retries
     */
    public record Parked(@DefaultValue("5m") Duration claimLease, @DefaultValue("false") boolean retryTransient,
            @DefaultValue("5m") Duration retryInterval) {
    }

    /**
     * @param serverSelectionTimeout how long one operation waits for a reachable server before it
     *        fails (the driver's default is 30 s): a consumer retries soon, and a request fails soon
     */
    public record Mongo(@DefaultValue("5s") Duration serverSelectionTimeout) {
    }
}

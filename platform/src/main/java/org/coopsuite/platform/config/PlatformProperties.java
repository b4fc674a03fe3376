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
 */
@ConfigurationProperties("coop.platform")
public record PlatformProperties(@DefaultValue Outbox outbox, @DefaultValue Consumer consumer, @DefaultValue Web web) {

    /**
     * @param sweepInterval how often every instance looks for events a crash left behind
     * @param lease how long a relay holds an aggregate's outbox before another may take over
     * @param publishTimeout how long the relay waits for the broker's acknowledgements
     * @param relayThreads threads publishing right after writes; each waits on two MongoDB round
     *        trips and the broker's acknowledgement per aggregate, so 8 rather than the cores
     *        (docs/benchmarks.md: 2 left call-service's events 14 s behind at 100 calls/s, 16
     *        took CPU from the requests)
     */
    public record Outbox(@DefaultValue("2s") Duration sweepInterval, @DefaultValue("30s") Duration lease,
            @DefaultValue("10s") Duration publishTimeout, @DefaultValue("8") int relayThreads) {
    }

    /**
     * @param retries attempts after the first before a failing event is dead-lettered
     * @param initialBackoff the first wait; each next one doubles, up to {@code maxBackoff}
     * @param maxBackoff the longest wait between two attempts
     */
    public record Consumer(@DefaultValue("4") int retries, @DefaultValue("200ms") Duration initialBackoff,
            @DefaultValue("5s") Duration maxBackoff) {
    }

    /** @param maxBodySize the largest request body accepted; larger ones get a 413 */
    public record Web(@DefaultValue("64KB") DataSize maxBodySize) {
    }
}

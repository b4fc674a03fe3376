package org.coopsuite.tools.tail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code tail} reads and prints: topics (or {@code all}, the three event topics), where to
 * start, which events to keep, and when to stop. {@link TailCommand} reads them from the command line.
 *
 * @param topics           Kafka topic names, in the order given, without duplicates
 * @param bootstrapServers {@code --bootstrap-servers}, else the {@code --command-config} file's, else env
 *                         {@value TailCommand#BOOTSTRAP_ENV}, else {@code localhost:9092}
 * @param clientProperties {@code --command-config}: the Kafka client properties file's (SASL, TLS), empty without it
 * @param fromBeginning    {@code --from-beginning}; otherwise only records written from now on
 * @param aggregateId      {@code --aggregate}: keep only events whose {@code meta.aggregateId} is this
 * @param correlationId    {@code --correlation}: keep only events whose {@code meta.correlationId} is this
 * @param max              {@code --max}: stop after this many printed events
 * @param idleTimeout      {@code --idle-timeout}: stop after no record arrived for this long
 */
public record TailOptions(List<String> topics, String bootstrapServers, Map<String, String> clientProperties,
        boolean fromBeginning,
        Optional<String> aggregateId, Optional<String> correlationId, Optional<Long> max,
        Optional<Duration> idleTimeout) {

    public TailOptions {
        clientProperties = Map.copyOf(clientProperties);
    }
}

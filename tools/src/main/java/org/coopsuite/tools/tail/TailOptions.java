package org.coopsuite.tools.tail;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coopsuite.schemas.EventTopic;

/**
 * What {@code tail} reads and prints: topics (or {@code all}, the three event topics), where to
 * start, which events to keep, and when to stop.
 *
 * @param topics           Kafka topic names, in the order given, without duplicates
 * @param bootstrapServers {@code --bootstrap-servers}, else env {@value #BOOTSTRAP_ENV}, else {@code localhost:9092}
 * @param fromBeginning    {@code --from-beginning}; otherwise only records written from now on
 * @param aggregateId      {@code --aggregate}: keep only events whose {@code meta.aggregateId} is this
 * @param correlationId    {@code --correlation}: keep only events whose {@code meta.correlationId} is this
 * @param max              {@code --max}: stop after this many printed events
 * @param idleTimeout      {@code --idle-timeout}: stop after no record arrived for this long
 */
public record TailOptions(List<String> topics, String bootstrapServers, boolean fromBeginning,
        Optional<String> aggregateId, Optional<String> correlationId, Optional<Long> max,
        Optional<Duration> idleTimeout) {

    /** Environment variable naming Kafka's bootstrap servers when the option is not given. */
    public static final String BOOTSTRAP_ENV = "COOP_KAFKA_BOOTSTRAP_SERVERS";

    /** One line of help, for usage errors and {@code --help}. */
    public static final String USAGE = "tail <topic>... | all [--from-beginning] [--aggregate <id>]"
            + " [--correlation <id>] [--max <n>] [--idle-timeout <duration, e.g. 10s, 2m, PT1M>]"
            + " [--bootstrap-servers <host:port,...>]";

    static final String DEFAULT_BOOTSTRAP_SERVERS = "localhost:9092";

    /**
     * Reads the arguments that follow {@code tail}.
     *
     * @throws IllegalArgumentException naming the unknown option, the missing value or the bad value
     */
    public static TailOptions parse(List<String> args, Map<String, String> env) {
        Deque<String> remaining = new ArrayDeque<>(args);
        Set<String> topics = new LinkedHashSet<>();
        Builder options = new Builder(env.getOrDefault(BOOTSTRAP_ENV, DEFAULT_BOOTSTRAP_SERVERS));
        while (!remaining.isEmpty()) {
            String arg = remaining.pop();
            if (arg.startsWith("--")) {
                options.read(arg, remaining);
            } else {
                topics.addAll(expand(arg));
            }
        }
        if (topics.isEmpty()) {
            throw new IllegalArgumentException("Name at least one topic, or all");
        }
        return options.build(List.copyOf(topics));
    }

    private static List<String> expand(String arg) {
        List<String> topics = new ArrayList<>();
        for (String name : arg.split(",")) {
            if (name.equals("all")) {
                Arrays.stream(EventTopic.values()).map(EventTopic::topic).forEach(topics::add);
            } else if (!name.isBlank()) {
                topics.add(name.strip());
            }
        }
        return topics;
    }

    /** Collects the options, one at a time, as they come. */
    private static final class Builder {

        private String bootstrapServers;
        private boolean fromBeginning;
        private String aggregateId;
        private String correlationId;
        private Long max;
        private Duration idleTimeout;

        Builder(String bootstrapServers) {
            this.bootstrapServers = bootstrapServers;
        }

        void read(String option, Deque<String> remaining) {
            switch (option) {
                case "--from-beginning" -> fromBeginning = true;
                case "--bootstrap-servers" -> bootstrapServers = value(option, remaining);
                case "--aggregate" -> aggregateId = value(option, remaining);
                case "--correlation" -> correlationId = value(option, remaining);
                case "--max" -> max = positive(option, value(option, remaining));
                case "--idle-timeout" -> idleTimeout = Durations.parse(option, value(option, remaining));
                default -> throw new IllegalArgumentException("Unknown option " + option);
            }
        }

        TailOptions build(List<String> topics) {
            return new TailOptions(topics, bootstrapServers, fromBeginning, Optional.ofNullable(aggregateId),
                    Optional.ofNullable(correlationId), Optional.ofNullable(max), Optional.ofNullable(idleTimeout));
        }

        private static String value(String option, Deque<String> remaining) {
            if (remaining.isEmpty() || remaining.peek().startsWith("--")) {
                throw new IllegalArgumentException("Option " + option + " needs a value");
            }
            return remaining.pop();
        }

        private static long positive(String option, String value) {
            try {
                long n = Long.parseLong(value);
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below, with the option's name
            }
            throw new IllegalArgumentException("Option " + option + " needs a positive whole number, not " + value);
        }
    }
}

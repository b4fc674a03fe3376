package org.coopsuite.infra;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The event topics of the suite, in one place: their names, partition count and configuration.
 * The local stack, the test infrastructure and the compose file create exactly these.
 */
public final class EventTopics {

    /** Dialogues, agenda items, decisions, action items, escalations; keyed by dialogue id. */
    public static final String DIALOGUE = "coop.dialogue.events";
    /** Calls and their proposals, evaluations, results; keyed by call id. */
    public static final String CALL = "coop.call.events";
    /** Agreements, commitments, allocations, shortfalls; keyed by agreement id. */
    public static final String FUNDING = "coop.funding.events";

    /** Partitions of every event topic. */
    public static final int PARTITIONS = 6;

    // Infinite retention: projections are rebuilt by replaying the topics from the start.
    private static final Map<String, String> CONFIG = Map.of(
            TopicConfig.RETENTION_MS_CONFIG, "-1",
            TopicConfig.RETENTION_BYTES_CONFIG, "-1");

    private EventTopics() {
    }

    /** The names of every event topic. */
    public static List<String> names() {
        return List.of(DIALOGUE, CALL, FUNDING);
    }

    /** The topic-level configuration every event topic gets. */
    public static Map<String, String> config() {
        return CONFIG;
    }

    /** Every event topic as an AdminClient definition with the given replication factor. */
    public static List<NewTopic> newTopics(short replicationFactor) {
        return names().stream()
                .map(name -> new NewTopic(name, PARTITIONS, replicationFactor).configs(CONFIG))
                .toList();
    }
}

package org.coopsuite.tools.kafka;

import java.util.Map;

import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;

/**
 * The client configurations of the tools: they read and never write. A consumer assigns
 * itself partitions with no consumer group, so it never commits and never takes partitions
 * from the services; an admin client only lists and describes.
 */
public final class ReadOnlyConsumers {

    /** Fail within seconds, not the default minute, when Kafka is not there. */
    private static final int API_TIMEOUT_MS = 10_000;

    private ReadOnlyConsumers() {
    }

    /** A consumer's configuration: the file may set anything but auto commit and topic creation. */
    public static Map<String, Object> consumer(String clientId, String bootstrapServers, Map<String, String> file) {
        return KafkaOptions.merge(
                Map.of(ConsumerConfig.CLIENT_ID_CONFIG, clientId,
                        ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS),
                file,
                Map.of(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                        // A mistyped topic name must not create a topic on a broker that auto-creates.
                        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false),
                bootstrapServers);
    }

    /** An admin client's configuration. */
    public static Map<String, Object> admin(String clientId, String bootstrapServers, Map<String, String> file) {
        return KafkaOptions.merge(
                Map.of(AdminClientConfig.CLIENT_ID_CONFIG, clientId,
                        AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS,
                        AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, API_TIMEOUT_MS / 2),
                file, Map.of(), bootstrapServers);
    }
}

package org.coopsuite.platform.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;

/**
 * Starts every event consumer of a test's application context where the topics ended when the
 * context was created, whatever its consumer group committed before: a context sees the events
 * published while it lives, never those of an earlier test class run in the same JVM on the same
 * broker (the JVM and its broker are shared by the test classes of a module). Those positions are
 * committed at once, so that the group's lag is counted from there and a second instance of the
 * service joining the group later goes on from there too. Partitions that did not exist then
 * start where the group's offsets say, as they would in production.
 */
final class ConsumersFromContextStart implements KafkaBindingRebalanceListener {

    /** The bean name the {@link TestInfrastructureInitializer} registers it under. */
    static final String BEAN_NAME = "coopTestConsumersFromContextStart";

    private final Map<TopicPartition, Long> ends;

    private ConsumersFromContextStart(Map<TopicPartition, Long> ends) {
        this.ends = ends;
    }

    /** The end offsets of every partition of every topic on the broker but the dead-letter topics, now. */
    static ConsumersFromContextStart now(String bootstrapServers) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "context-start-" + UUID.randomUUID()),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            // Dead-letter topics are written, never consumed, by the services; a new one may have no leader yet.
            consumer.listTopics().forEach((topic, infos) -> {
                if (!topic.endsWith(".dlq")) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            });
            return new ConsumersFromContextStart(Map.copyOf(consumer.endOffsets(partitions)));
        }
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
            boolean initial) {
        if (!initial) {
            return;
        }
        Map<TopicPartition, OffsetAndMetadata> starts = new HashMap<>();
        for (TopicPartition partition : partitions) {
            Long end = ends.get(partition);
            if (end != null) {
                consumer.seek(partition, end);
                starts.put(partition, new OffsetAndMetadata(end));
            }
        }
        if (!starts.isEmpty()) {
            consumer.commitSync(starts);
        }
    }
}

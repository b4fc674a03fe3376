package org.coopsuite.platform.test;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.springframework.cloud.stream.binder.kafka.KafkaBindingRebalanceListener;
import org.springframework.context.SmartLifecycle;

/**
 * Starts every event consumer of a test's application context where the topics ended when the
 * context started, whatever its consumer group committed before: a context sees the events
 * published while it is in use, never those of another test class run in the same JVM on the
 * same broker (the JVM and its broker are shared by the test classes of a module).
 *
 * <p>"Started" includes started again: Spring's test context cache pauses a cached context while
 * other contexts are in use (its bindings stop) and restarts it when a test class takes it again.
 * The ends are read anew at each start, before any binding starts (the lowest phase), so that a
 * restarted context goes on from the topics' ends then, not through every event the other classes
 * published meanwhile (events of calls its database never had, each parked on the way, which
 * held a test's own event back for longer than it waited).
 *
 * <p>The starting positions are committed at once, so that the group's lag is counted from there
 * and a second instance of the service joining the group later goes on from there too. Partitions
 * that did not exist at the start begin where the group's offsets say, as they would in production.
 */
final class ConsumersFromContextStart implements KafkaBindingRebalanceListener, SmartLifecycle {

    /** The bean name the {@link TestInfrastructureInitializer} registers it under. */
    static final String BEAN_NAME = "coopTestConsumersFromContextStart";

    private final String bootstrapServers;
    private volatile Map<TopicPartition, Long> ends = Map.of();
    /** The partitions each binding was moved to {@link #ends} since the last start. */
    private final Map<String, Set<TopicPartition>> started = new HashMap<>();
    private volatile boolean running;

    ConsumersFromContextStart(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void start() {
        ends = endsNow();
        synchronized (started) {
            started.clear();
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before everything else: the bindings must find the ends already read. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }

    @Override
    public void onPartitionsAssigned(String bindingName, Consumer<?, ?> consumer, Collection<TopicPartition> partitions,
            boolean initial) {
        Map<TopicPartition, Long> current = ends;
        Map<TopicPartition, OffsetAndMetadata> starts = new HashMap<>();
        synchronized (started) {
            Set<TopicPartition> moved = started.computeIfAbsent(bindingName, name -> new HashSet<>());
            for (TopicPartition partition : partitions) {
                Long end = current.get(partition);
                if (end != null && moved.add(partition)) {
                    consumer.seek(partition, end);
                    starts.put(partition, new OffsetAndMetadata(end));
                }
            }
        }
        if (!starts.isEmpty()) {
            consumer.commitSync(starts);
        }
    }

    /** The end offsets of every partition of every topic on the broker but the dead-letter topics. */
    private Map<TopicPartition, Long> endsNow() {
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
            return Map.copyOf(consumer.endOffsets(partitions));
        }
    }
}

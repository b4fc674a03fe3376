package org.coopsuite.bench.latency;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Notes when the first record of each key (an aggregate id) arrives on a topic, from a
 * consumer of its own on a thread of its own, until closed: where a command's time went
 * between the service's answer and another service's projection.
 */
final class TopicArrivals implements AutoCloseable {

    private final Map<String, Long> firstArrival = new ConcurrentHashMap<>();
    private final AtomicBoolean watching = new AtomicBoolean(true);
    private final Thread watcher;

    TopicArrivals(String bootstrapServers, String topic) {
        watcher = new Thread(() -> watch(bootstrapServers, topic), "latency-topic-watcher");
        watcher.start();
    }

    /** When the first record with this key arrived ({@link System#nanoTime}), if it has. */
    Optional<Long> firstArrival(String key) {
        return Optional.ofNullable(firstArrival.get(key));
    }

    private void watch(String bootstrapServers, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-topic-arrivals-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (watching.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(5))) {
                    firstArrival.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        }
    }

    @Override
    public void close() {
        watching.set(false);
        try {
            watcher.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

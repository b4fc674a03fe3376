package org.coopsuite.bench.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Polls the benchmark topic from its beginning with a plain Kafka consumer (its own group,
 * at most 500 records a poll, as the services' bindings) and hands each poll to a writer,
 * until the writer has seen every event; the clock runs from the first non-empty poll.
 */
final class PlainConsumers {

    private PlainConsumers() {
    }

    /** A writer of polled batches; returns how many events of the batch it has dealt with. */
    interface BatchWriter {
        int write(List<ConsumerRecord<String, byte[]>> batch);
    }

    static Duration consumeAll(String bootstrapServers, int events, BatchWriter writer) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(BenchStack.TOPIC));
            long started = 0;
            int seen = 0;
            while (seen < events) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(100));
                if (records.isEmpty()) {
                    continue;
                }
                if (started == 0) {
                    started = System.nanoTime();
                }
                List<ConsumerRecord<String, byte[]>> batch = new ArrayList<>(records.count());
                records.forEach(batch::add);
                seen += writer.write(batch);
                consumer.commitAsync();
            }
            return Duration.ofNanos(System.nanoTime() - started);
        }
    }
}

package org.coopsuite.platform.rebuild;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a projection's topics from their beginning with a plain consumer of its own: every
 * partition assigned, no group, nothing committed, so that neither the live consumer group nor
 * its offsets know of it. It reads up to the offsets it is given, a poll at a time.
 */
final class TopicReader implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(200);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions = new ArrayList<>();
    private final Map<TopicPartition, Long> beginning;

    /** @param properties the service's Kafka client properties (bootstrap servers, security) */
    TopicReader(Map<String, Object> properties, List<String> topics) {
        Map<String, Object> mine = new HashMap<>(properties);
        mine.remove(ConsumerConfig.GROUP_ID_CONFIG);
        mine.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        mine.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        mine.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        mine.putIfAbsent(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        mine.put(ConsumerConfig.CLIENT_ID_CONFIG, "projection-rebuild-" + String.join("+", topics));
        consumer = new KafkaConsumer<>(mine, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        beginning = consumer.beginningOffsets(partitions);
    }

    /** The offsets after the last record of each partition now. */
    Map<TopicPartition, Long> endOffsets() {
        return consumer.endOffsets(partitions);
    }

    /** The records the topics hold up to these offsets. */
    long records(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().mapToLong(e -> e.getValue() - beginning.getOrDefault(e.getKey(), 0L)).sum();
    }

    /** The records left to read up to these offsets. */
    long lag(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().mapToLong(e -> Math.max(0, e.getValue() - consumer.position(e.getKey()))).sum();
    }

    /**
     * Hands each poll to the sink until every partition is read up to its target (records past it
     * in the last polls are handed on too: they are events of the topic all the same).
     *
     * @throws RebuildCancelledException as soon as {@code cancelled} says so, between two polls
     */
    void readTo(Map<TopicPartition, Long> target, Consumer<List<ConsumerRecord<byte[], byte[]>>> sink,
            BooleanSupplier cancelled) {
        while (lag(target) > 0) {
            if (cancelled.getAsBoolean()) {
                throw new RebuildCancelledException();
            }
            ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
            if (!records.isEmpty()) {
                List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>(records.count());
                records.forEach(batch::add);
                sink.accept(batch);
            }
        }
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }

    /** An operator cancelled the rebuild. */
    static final class RebuildCancelledException extends RuntimeException {
        RebuildCancelledException() {
            super("cancelled", null, false, false);
        }
    }
}

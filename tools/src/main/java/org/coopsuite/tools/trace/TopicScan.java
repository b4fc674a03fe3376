package org.coopsuite.tools.trace;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads topics from their first record up to their end offsets as they were when the scan was
 * opened, then stops: it never waits for new records. It assigns itself the partitions, with
 * no consumer group, so it commits nothing; every {@link #read} reads the same records.
 */
public final class TopicScan implements AutoCloseable {

    private static final Duration POLL = Duration.ofMillis(500);
    /** A partition that stops moving before its end (a broker gone) fails the scan rather than hanging it. */
    private static final Duration STALLED = Duration.ofSeconds(30);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<TopicPartition, Long> ends;

    /**
     * @throws IllegalStateException if a topic does not exist or Kafka does not answer
     */
    public TopicScan(Map<String, Object> config, List<String> topics) {
        consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic);
                if (infos == null || infos.isEmpty()) {
                    throw new IllegalStateException("No topic " + topic);
                }
                infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            ends = Map.copyOf(consumer.endOffsets(partitions));
        } catch (TimeoutException e) {
            consumer.close();
            throw new IllegalStateException("Kafka did not answer in time", e);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** How many records the scan reads, at most (fewer when the logs' starts have moved). */
    public long records() {
        return ends.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Hands every record below the end offsets to {@code visitor}, partition by partition in order. */
    public void read(Consumer<ConsumerRecord<byte[], byte[]>> visitor) {
        consumer.assign(ends.keySet());
        consumer.seekToBeginning(ends.keySet());
        Set<TopicPartition> remaining = new HashSet<>(ends.keySet());
        remaining.removeIf(this::done);
        consumer.pause(consumer.assignment().stream().filter(p -> !remaining.contains(p)).toList());
        long lastProgress = System.nanoTime();
        long lastPositions = positions(remaining);
        while (!remaining.isEmpty()) {
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
                    visitor.accept(record);
                }
            }
            List<TopicPartition> finished = remaining.stream().filter(this::done).toList();
            finished.forEach(remaining::remove);
            consumer.pause(finished);
            long positions = positions(remaining);
            if (positions != lastPositions || !finished.isEmpty()) {
                lastProgress = System.nanoTime();
                lastPositions = positions;
            } else if (System.nanoTime() - lastProgress > STALLED.toNanos()) {
                throw new IllegalStateException("Reading " + remaining + " made no progress for " + STALLED.toSeconds() + " s");
            }
        }
        consumer.unsubscribe();
    }

    // Transaction markers and compacted records leave gaps: the position, not the last offset seen, says when it is done.
    private boolean done(TopicPartition partition) {
        return consumer.position(partition) >= ends.get(partition);
    }

    private long positions(Set<TopicPartition> partitions) {
        return partitions.stream().mapToLong(consumer::position).sum();
    }

    @Override
    public void close() {
        consumer.close();
    }
}

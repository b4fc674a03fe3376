package org.coopsuite.tools.tail;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.coopsuite.tools.kafka.ReadOnlyConsumers;

/**
 * Tails topics and prints each record as one line of JSON (see {@link TailLine}). It assigns
 * itself every partition of the topics, with no consumer group: it never commits offsets and
 * never takes partitions away from the services. Records come in order per partition (so per
 * aggregate), not across partitions.
 */
public final class Tail {

    private static final Duration LONGEST_POLL = Duration.ofMillis(500);

    private final TailOptions options;
    private final EventDecoder decoder;
    private final EventFilter filter;
    private final TailLine line;
    private final PrintStream out;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    public Tail(TailOptions options, EventDecoder decoder, PrintStream out) {
        this.options = options;
        this.decoder = decoder;
        this.filter = EventFilter.of(options);
        this.line = new TailLine(decoder.model());
        this.out = out;
    }

    /**
     * Prints records until {@code --max} lines are printed, {@code --idle-timeout} passes without
     * a record, or {@link #stop()} is called; returns the number of lines printed.
     *
     * @throws IllegalStateException if a topic does not exist
     * @throws org.apache.kafka.common.KafkaException if Kafka cannot be reached or fails
     */
    public long run() {
        try (KafkaConsumer<byte[], byte[]> kafka = new KafkaConsumer<>(config(),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer = kafka;
            start(kafka);
            return printUntilDone(kafka);
        } catch (WakeupException e) {
            return 0;
        } finally {
            out.flush();
            finished.countDown();
        }
    }

    /** Asks a running tail to stop (from another thread, e.g. a shutdown hook); it closes its consumer. */
    public void stop() {
        stopRequested = true;
        KafkaConsumer<byte[], byte[]> running = consumer;
        if (running != null) {
            running.wakeup();
        }
    }

    /** Waits until {@link #run()} has returned, at most {@code timeout}; true if it has. */
    public boolean awaitFinished(Duration timeout) throws InterruptedException {
        return finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Map<String, Object> config() {
        return ReadOnlyConsumers.consumer("coop-tail", options.bootstrapServers(), options.clientProperties());
    }

    private void start(KafkaConsumer<byte[], byte[]> kafka) {
        List<TopicPartition> partitions = partitionsOf(kafka);
        kafka.assign(partitions);
        if (options.fromBeginning()) {
            kafka.seekToBeginning(partitions);
        } else {
            kafka.seekToEnd(partitions);
        }
        // Seeks are lazy: resolve them now, so "the end" is where it was when the tail started.
        partitions.forEach(kafka::position);
    }

    private List<TopicPartition> partitionsOf(KafkaConsumer<byte[], byte[]> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : options.topics()) {
            List<PartitionInfo> infos = partitionsOf(kafka, topic);
            if (infos == null || infos.isEmpty()) {
                throw new IllegalStateException("No topic " + topic + " on " + options.bootstrapServers());
            }
            infos.forEach(info -> partitions.add(new TopicPartition(info.topic(), info.partition())));
        }
        return partitions;
    }

    private List<PartitionInfo> partitionsOf(KafkaConsumer<byte[], byte[]> kafka, String topic) {
        try {
            return kafka.partitionsFor(topic);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + options.bootstrapServers() + " did not answer in time", e);
        }
    }

    private long printUntilDone(KafkaConsumer<byte[], byte[]> kafka) {
        long printed = 0;
        long lastRecordAt = System.nanoTime();
        while (!stopRequested) {
            ConsumerRecords<byte[], byte[]> records = kafka.poll(pollTimeout());
            if (records.isEmpty() && idleTooLong(lastRecordAt)) {
                break;
            }
            lastRecordAt = records.isEmpty() ? lastRecordAt : System.nanoTime();
            for (ConsumerRecord<byte[], byte[]> record : records) {
                printed += print(record) ? 1 : 0;
                if (reachedMax(printed)) {
                    return printed;
                }
            }
            out.flush();
        }
        return printed;
    }

    private boolean print(ConsumerRecord<byte[], byte[]> record) {
        try {
            DecodedEvent decoded = decoder.decode(record.value());
            if (!filter.keeps(record, Optional.of(decoded))) {
                return false;
            }
            out.println(line.of(record, decoded));
        } catch (UndecodableEventException e) {
            if (!filter.keeps(record, Optional.empty())) {
                return false;
            }
            out.println(line.undecodable(record, e.getMessage()));
        }
        return true;
    }

    private boolean reachedMax(long printed) {
        return options.max().map(max -> printed >= max).orElse(false);
    }

    private boolean idleTooLong(long lastRecordAt) {
        return options.idleTimeout().map(idle -> System.nanoTime() - lastRecordAt >= idle.toNanos()).orElse(false);
    }

    private Duration pollTimeout() {
        return options.idleTimeout().filter(idle -> idle.compareTo(LONGEST_POLL) < 0).orElse(LONGEST_POLL);
    }
}

package org.coopsuite.platform.test;

import org.awaitility.Awaitility;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;

/**
 * Watches topics from their beginning, as a test's eyes on what the services published:
 * "wait for the event of this type matching that value". It uses no consumer group, so it
 * never disturbs the services' offsets.
 */
public final class EventProbe implements AutoCloseable {

    private static final EventCodec CODEC = EventCodec.forAllEvents();

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();

    private EventProbe(KafkaConsumer<byte[], byte[]> consumer) {
        this.consumer = consumer;
    }

    /** Watches these topics from their beginning on the shared test infrastructure. */
    public static EventProbe fromBeginning(String... topics) {
        return fromBeginningOn(TestInfrastructure.shared().kafkaBootstrapServers(), topics);
    }

    /** Watches these topics from their beginning on the given broker. */
    public static EventProbe fromBeginningOn(String bootstrapServers, String... topics) {
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "event-probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return new EventProbe(consumer);
    }

    /** Waits until an event of this type matching the predicate has been published, and returns it. */
    public <T extends SpecificRecord> T await(Class<T> type, Predicate<T> match) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return events(type, match).stream().findFirst().orElse(null);
        }, found -> found != null);
    }

    /** The events of this type matching the predicate published so far (after one more poll). */
    public <T extends SpecificRecord> List<T> events(Class<T> type, Predicate<T> match) {
        poll();
        List<T> found = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            try {
                SpecificRecord event = CODEC.decode(record.value());
                if (type.isInstance(event) && match.test(type.cast(event))) {
                    found.add(type.cast(event));
                }
            } catch (EventDecodingException notAnEvent) {
                // poison messages of tests, or dead letters: not events of this type
            }
        }
        return found;
    }

    /** The raw records of one topic seen so far (after one more poll), e.g. of a dead-letter topic. */
    public List<ConsumerRecord<byte[], byte[]>> records(String topic) {
        poll();
        return records.stream().filter(record -> record.topic().equals(topic)).toList();
    }

    private synchronized void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(records::add);
    }

    @Override
    public void close() {
        consumer.close();
    }
}

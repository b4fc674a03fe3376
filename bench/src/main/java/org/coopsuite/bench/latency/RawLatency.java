package org.coopsuite.bench.latency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.coopsuite.bench.projection.BenchStack;
import org.coopsuite.bench.projection.CommitmentFeed;
import org.coopsuite.bench.projection.RawCeiling;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.FundingCommitted;

/**
 * The raw reference for latency: a plain producer sends events at the given rate and a plain
 * consumer writes each poll as the raw ceiling does ({@link RawCeiling#upsert}); an event's
 * latency runs from its send to the end of the write that stored it.
 */
final class RawLatency {

    private static final String TOPIC = BenchStack.TOPIC;

    private RawLatency() {
    }

    static Latencies measure(BenchStack stack, MongoClient mongo, int perSecond, Duration warmUp, Duration measured) {
        Map<String, long[]> sent = new ConcurrentHashMap<>();
        Latencies latencies = new Latencies();
        AtomicBoolean producing = new AtomicBoolean(true);
        MongoCollection<Document> views = mongo.getDatabase("bench-raw-latency").getCollection("views");
        Thread consumer = new Thread(() -> consume(stack.bootstrapServers(), views, sent, latencies, producing),
                "raw-latency-consumer");
        consumer.start();
        try (KafkaProducer<String, byte[]> producer = producer(stack.bootstrapServers())) {
            EventCodec codec = EventCodec.forAllEvents();
            AtomicLong next = new AtomicLong();
            SteadyRate.run(perSecond, warmUp, measured, (sentNanos, isMeasured) -> {
                long n = next.getAndIncrement();
                var event = CommitmentFeed.event(String.format("lat-%06d", n % 10_000), n / 10_000 + 1);
                sent.put(event.getMeta().getEventId(), new long[] {sentNanos, isMeasured ? 1 : 0});
                producer.send(new ProducerRecord<>(TOPIC, event.getMeta().getAggregateId(), codec.encode(event)));
            });
        }
        producing.set(false);
        join(consumer);
        return latencies;
    }

    private static void consume(String bootstrapServers, MongoCollection<Document> views, Map<String, long[]> sent,
            Latencies latencies, AtomicBoolean producing) {
        EventCodec codec = EventCodec.forAllEvents();
        RawCeiling raw = new RawCeiling(views);
        long drainUntil = Long.MAX_VALUE;
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            consumer.subscribe(List.of(TOPIC));
            while (true) {
                List<FundingCommitted> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(10))) {
                    batch.add((FundingCommitted) codec.decode(record.value()));
                }
                raw.upsert(batch);
                long written = System.nanoTime();
                for (FundingCommitted event : batch) {
                    long[] at = sent.remove(event.getMeta().getEventId());
                    if (at != null && at[1] == 1) {
                        latencies.add(written - at[0]);
                    }
                }
                if (!producing.get()) {
                    drainUntil = Math.min(drainUntil, System.nanoTime() + Duration.ofSeconds(10).toNanos());
                    if (sent.isEmpty() || System.nanoTime() > drainUntil) {
                        return;
                    }
                }
            }
        }
    }

    private static KafkaProducer<String, byte[]> producer(String bootstrapServers) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrapServers) {
        return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-raw-latency-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500),
                new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static void join(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

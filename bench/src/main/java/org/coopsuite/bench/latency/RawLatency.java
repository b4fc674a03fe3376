package org.coopsuite.bench.latency;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
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
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;

/**
 * The raw reference for latency: a plain producer sends events at the given rate and a plain
 * consumer upserts each poll in one bulk write; an event's latency runs from its send to the
 * end of the write that stored it.
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
        long drainUntil = Long.MAX_VALUE;
        try (KafkaConsumer<String, byte[]> consumer = consumer(bootstrapServers)) {
            consumer.subscribe(List.of(TOPIC));
            while (true) {
                List<EventMeta> batch = new ArrayList<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(10))) {
                    batch.add(EventCodec.meta(codec.decode(record.value())));
                }
                upsert(views, batch);
                long written = System.nanoTime();
                for (EventMeta meta : batch) {
                    long[] at = sent.remove(meta.getEventId());
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

    /** One $in read of the versions the batch touches, stale events dropped, one unordered bulk upsert. */
    private static void upsert(MongoCollection<Document> views, List<EventMeta> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<String, Long> versions = new HashMap<>();
        views.find(in("_id", batch.stream().map(EventMeta::getAggregateId).distinct().toList()))
                .forEach(doc -> versions.put(doc.getString("_id"), doc.getLong("version")));
        Map<String, Document> changed = new HashMap<>();
        for (EventMeta meta : batch) {
            if (meta.getAggregateVersion() > versions.getOrDefault(meta.getAggregateId(), 0L)) {
                versions.put(meta.getAggregateId(), meta.getAggregateVersion());
                changed.put(meta.getAggregateId(), new Document("_id", meta.getAggregateId())
                        .append("version", meta.getAggregateVersion()));
            }
        }
        List<WriteModel<Document>> writes = new ArrayList<>();
        changed.forEach((id, doc) -> writes.add(new ReplaceOneModel<>(eq("_id", id), doc, new ReplaceOptions().upsert(true))));
        if (!writes.isEmpty()) {
            views.bulkWrite(writes, new BulkWriteOptions().ordered(false));
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

package org.coopsuite.platform.aggregate;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** One "service instance" of the outbox: a store and its relay on the shared broker and server. */
final class OutboxFixture implements AutoCloseable {

    static final MongoClient MONGO = MongoClients.create(TestInfrastructure.shared().mongoConnectionString());
    static final EventCodec CODEC = EventCodec.forAllEvents();

    final MongoTemplate mongo;
    final KafkaTemplate<byte[], byte[]> kafka;
    final OutboxRelay relay;
    final AggregateStore store;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    OutboxFixture(String database, ExecutorService relayExecutor) {
        this(database, relayExecutor, Duration.ofSeconds(30), Clock.systemUTC());
    }

    /** @param lease how long its relay holds an outbox, and a new aggregate it wrote */
    OutboxFixture(String database, ExecutorService relayExecutor, Duration lease, Clock clock) {
        mongo = new MongoTemplate(MONGO, database);
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        relay = new OutboxRelay(mongo, new EventPublisher(kafka, Duration.ofSeconds(10)),
                new OutboxMetrics(registry, Clock.systemUTC()), clock, lease, relayExecutor);
        store = new AggregateStore(mongo, CODEC, relay, Map::of);
    }

    static String newDatabase() {
        return "outbox-" + UUID.randomUUID().toString().substring(0, 8);
    }

    int pending(String collection, String id) {
        org.bson.Document document = mongo.findById(id, org.bson.Document.class, collection);
        return document.getList(AggregateStore.OUTBOX, Object.class).size();
    }

    /** The claim the aggregate's outbox is held under, or was last. */
    String claim(String collection, String id) {
        return mongo.findById(id, org.bson.Document.class, collection).getString(AggregateStore.RELAY_CLAIM);
    }

    /** Whether the aggregate is marked for the sweep. */
    boolean marked(String collection, String id) {
        return mongo.findById(id, org.bson.Document.class, collection).containsKey(AggregateStore.RELAY_PENDING);
    }

    double published() {
        return registry.find("coop.outbox.published").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Override
    public void close() {
        kafka.destroy();
    }
}

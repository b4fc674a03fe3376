package org.coopsuite.platform.aggregate;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** One "service instance" of the outbox: the dialogues' repository and its relay on the shared broker and server. */
final class OutboxFixture implements AutoCloseable {

    static final MongoClient MONGO = MongoClients.create(TestInfrastructure.shared().mongoConnectionString());
    static final EventCodec CODEC = EventCodec.forAllEvents();

    final MongoTemplate mongo;
    final KafkaTemplate<byte[], byte[]> kafka;
    static final String DIALOGUES = "dialogues";

    final OutboxRelay relay;
    final OutboxSweep sweep;
    final Aggregates aggregates;
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    OutboxFixture(String database, ExecutorService relayExecutor) {
        this(database, relayExecutor, Duration.ofSeconds(30), Clock.systemUTC());
    }

    /** @param lease how long its relay holds an outbox, and a new aggregate it wrote */
    OutboxFixture(String database, ExecutorService relayExecutor, Duration lease, Clock clock) {
        this(database, relayExecutor, lease, clock, OutboxRelay.DEFAULT_QUARANTINE_AFTER);
    }

    /** @param quarantineAfter refused rounds in a row before its relay quarantines an outbox */
    OutboxFixture(String database, ExecutorService relayExecutor, Duration lease, Clock clock, int quarantineAfter) {
        mongo = new MongoTemplate(MONGO, database);
        Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        OutboxMetrics metrics = new OutboxMetrics(registry, Clock.systemUTC());
        relay = new OutboxRelay(new EventPublisher(kafka, Duration.ofSeconds(10)), metrics, clock, lease, quarantineAfter,
                relayExecutor);
        sweep = new OutboxSweep(relay, metrics);
        aggregates = new Aggregates(mongo, CODEC, relay, sweep, Map::of, clock, "platform-test");
    }

    /** The dialogues' repository; the first call registers the collection, as a service does at start. */
    AggregateRepository<Named> dialogues() {
        return aggregates.repository(DIALOGUES, Named.class);
    }

    /** Writes a new dialogue with its first events. */
    boolean insert(String id, String name, SpecificRecord... events) {
        return dialogues().insert(Named.of(id, name, List.of(events)));
    }

    /** Writes a dialogue read at {@code expectedVersion} with its next events. */
    void update(String id, long expectedVersion, String name, SpecificRecord... events) {
        dialogues().save(Named.of(id, name, List.of(events)).readAt(expectedVersion));
    }

    /** Relays these dialogues now, in this thread, as a round of the sweep does. */
    void relay(String... ids) {
        relay.relay(new OutboxDocuments(mongo, DIALOGUES), List.of(ids));
    }

    static String newDatabase() {
        return "outbox-" + UUID.randomUUID().toString().substring(0, 8);
    }

    int pending(String collection, String id) {
        org.bson.Document document = mongo.findById(id, org.bson.Document.class, collection);
        return document.getList(AggregateDocuments.OUTBOX, Object.class).size();
    }

    /** The claim the aggregate's outbox is held under, or was last. */
    String claim(String collection, String id) {
        return mongo.findById(id, org.bson.Document.class, collection).getString(AggregateDocuments.RELAY_CLAIM);
    }

    /** Whether the aggregate is marked for the sweep. */
    boolean marked(String collection, String id) {
        return mongo.findById(id, org.bson.Document.class, collection).containsKey(AggregateDocuments.RELAY_PENDING);
    }

    /** The document's field, as stored. */
    Object field(String collection, String id, String field) {
        return mongo.findById(id, org.bson.Document.class, collection).get(field);
    }

    double quarantined() {
        return registry.find("coop.outbox.quarantined").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    double published() {
        return registry.find("coop.outbox.published").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    @Override
    public void close() {
        kafka.destroy();
    }
}

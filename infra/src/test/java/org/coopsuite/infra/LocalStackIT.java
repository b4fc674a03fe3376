package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.coopsuite.infra.token.JwtKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsRecordsTopicsDocumentsAndTheKeyPairAcrossARestart() throws Exception {
        LocalStackOptions options = new LocalStackOptions(0, 0, 0, dataDir);
        RSAPublicKey publicKey;
        try (LocalStack stack = LocalStack.start(options)) {
            publicKey = JwtKeys.load(dataDir).publicKey();
            produce(stack, "call-1", "CallOpened");
            calls(stack, client -> client.insertOne(new Document("_id", "call-1").append("status", "OPEN")));
        }

        try (LocalStack stack = LocalStack.start(options)) {
            assertThat(JwtKeys.load(dataDir).publicKey()).isEqualTo(publicKey);
            assertThat(consumeFromBeginning(stack)).contains("call-1=CallOpened");
            calls(stack, client -> assertThat(client.find(new Document("_id", "call-1")).first())
                    .containsEntry("status", "OPEN"));
            assertThat(retentionMsPerEventTopic(stack)).containsOnly(
                    Map.entry(EventTopics.DIALOGUE, "-1"), Map.entry(EventTopics.CALL, "-1"), Map.entry(EventTopics.FUNDING, "-1"));
            assertThat(partitionsPerEventTopic(stack)).containsOnly(
                    Map.entry(EventTopics.DIALOGUE, 6), Map.entry(EventTopics.CALL, 6), Map.entry(EventTopics.FUNDING, 6));
        }
    }

    private static void produce(LocalStack stack, String key, String value) throws Exception {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ProducerConfig.ACKS_CONFIG, "all");
        try (var producer = new KafkaProducer<>(config, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(EventTopics.CALL, key, value)).get();
        }
    }

    private static List<String> consumeFromBeginning(LocalStack stack) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(EventTopics.CALL));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record.key() + "=" + record.value());
                }
                return !seen.isEmpty();
            });
        }
        return seen;
    }

    private static void calls(LocalStack stack, java.util.function.Consumer<MongoCollection<Document>> action) {
        try (MongoClient client = MongoClients.create(stack.mongoConnectionString())) {
            action.accept(client.getDatabase("coop-call").getCollection("calls"));
        }
    }

    private static Map<String, String> retentionMsPerEventTopic(LocalStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            List<ConfigResource> topics = EventTopics.names().stream()
                    .map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
            Map<String, String> retention = new java.util.HashMap<>();
            admin.describeConfigs(topics).all().get().forEach((topic, config) ->
                    retention.put(topic.name(), config.get(TopicConfig.RETENTION_MS_CONFIG).value()));
            return retention;
        }
    }

    private static Map<String, Integer> partitionsPerEventTopic(LocalStack stack) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.kafkaBootstrapServers()))) {
            Map<String, TopicDescription> topics = admin.describeTopics(EventTopics.names()).allTopicNames().get();
            Map<String, Integer> partitions = new java.util.HashMap<>();
            topics.forEach((name, description) -> partitions.put(name, description.partitions().size()));
            return partitions;
        }
    }
}

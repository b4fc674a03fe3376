package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.coopsuite.infra.EventTopics;
import org.junit.jupiter.api.Test;

class SharedInfrastructureIT {

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();

    @Test
    void isStartedOncePerTestJvm() {
        assertThat(TestInfrastructure.shared()).isSameAs(infrastructure);
        assertThat(infrastructure.mode()).isIn("containers", "embedded");
    }

    @Test
    void deliversARecordFromAProducerToAConsumer() throws Exception {
        String key = "dialogue-" + UUID.randomUUID();
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(EventTopics.DIALOGUE, key, "DialogueOpened")).get();
        }

        assertThat(consumeUntilKeySeen(key)).contains(key + "=DialogueOpened");
    }

    @Test
    void findsADocumentItInserted() {
        try (MongoClient client = MongoClients.create(infrastructure.mongoConnectionString())) {
            MongoCollection<Document> calls = client.getDatabase("it-" + UUID.randomUUID()).getCollection("calls");
            calls.insertOne(new Document("_id", "call-1").append("status", "DRAFT"));

            assertThat(calls.find(new Document("_id", "call-1")).first()).containsEntry("status", "DRAFT");
        }
    }

    @Test
    void hasTheEventTopicsWithSixPartitions() throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()))) {
            var topics = admin.describeTopics(EventTopics.names()).allTopicNames().get();

            assertThat(topics).hasSize(3);
            assertThat(topics.values()).allSatisfy(topic -> assertThat(topic.partitions()).hasSize(6));
        }
    }

    private List<String> consumeUntilKeySeen(String key) {
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(Map.<String, Object>of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(EventTopics.DIALOGUE));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(r.key() + "=" + r.value()));
                return seen.stream().anyMatch(s -> s.startsWith(key + "="));
            });
        }
        return seen;
    }
}

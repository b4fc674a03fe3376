package org.coopsuite.tools.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.tools.kafka.ReadOnlyConsumers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** status against a real broker: a group's committed offsets behind the end, then at the end. */
class StatusIT {

    private static final String DIALOGUE = "coop.dialogue.events";
    private static final String FUNDING = "coop.funding.events";

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final Admin admin = Admin.create(Map.of("bootstrap.servers", infrastructure.kafkaBootstrapServers()));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    @AfterEach
    void closeAdmin() {
        admin.close();
    }

    @Test
    void readsTheLagOfAGroupPerPartitionAndCountsAPartitionWithoutACommitFromTheStart() throws Exception {
        String topic = "status-it-" + run;
        admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
        produce(topic, 0, 5);
        produce(topic, 1, 3);
        String group = "status-it-" + run;
        commit(group, Map.of(new TopicPartition(topic, 0), 2L));

        Lag.OfGroup behind = new ConsumerLag(admin).of(group, List.of(topic, "no-such-topic-" + run));

        assertThat(behind.topics()).singleElement().satisfies(t -> {
            assertThat(t.topic()).isEqualTo(topic);
            assertThat(t.partitions()).extracting(Lag.OfPartition::committed).containsExactly(2L, null);
            assertThat(t.partitions()).extracting(Lag.OfPartition::lag).containsExactly(3L, 3L);
        });
        assertThat(behind.lag()).isEqualTo(6);

        commit(group, Map.of(new TopicPartition(topic, 0), 5L, new TopicPartition(topic, 1), 3L));
        assertThat(new ConsumerLag(admin).of(group, List.of(topic)).lag()).isZero();
    }

    @Test
    void showsCallServicesLagBehindTheEndThenZeroOnceItCommitsToTheEndAndFailsWhileTheServicesAreDown() throws Exception {
        produce(DIALOGUE, 0, 2);
        Map<TopicPartition, Long> ends = ends(DIALOGUE, FUNDING);
        Map<TopicPartition, Long> behind = new HashMap<>(ends);
        behind.put(new TopicPartition(DIALOGUE, 0), ends.get(new TopicPartition(DIALOGUE, 0)) - 2);
        commit("call-service", behind);

        assertThat(status("--json")).isEqualTo(CommandLines.FAILED);
        JsonNode report = new ObjectMapper().readTree(text());
        assertThat(report.get("healthy").asBoolean()).isFalse();
        JsonNode call = report.at("/services/0");
        assertThat(call.get("service").asText()).isEqualTo("call-service");
        assertThat(call.get("health").asText()).isEqualTo("DOWN");
        assertThat(call.get("healthNote").asText()).startsWith("unreachable");
        assertThat(call.at("/groups/0/group").asText()).isEqualTo("call-service");
        assertThat(call.at("/groups/0/topics/0/topic").asText()).isEqualTo(DIALOGUE);
        assertThat(call.at("/groups/0/topics/0/lag").asLong()).isEqualTo(2);
        assertThat(call.at("/groups/0/topics/0/partitions/0/lag").asLong()).isEqualTo(2);
        assertThat(call.at("/groups/0/topics/1/topic").asText()).isEqualTo(FUNDING);
        assertThat(call.at("/groups/0/topics/1/lag").asLong()).isZero();

        commit("call-service", ends);
        out.reset();
        assertThat(status()).isEqualTo(CommandLines.FAILED);
        assertThat(text().lines()).anySatisfy(line -> assertThat(line).startsWith("call-service").contains(DIALOGUE)
                .endsWith("  0"));
        assertThat(text()).contains("! call-service is DOWN: unreachable", "! funding-service is DOWN",
                "! dialogue-service is DOWN");
    }

    @Test
    void takesTheKafkaClientPropertiesOfACommandConfigFile() throws Exception {
        Path plain = dir.resolve("plain.properties");
        Files.writeString(plain, "security.protocol=PLAINTEXT\nclient.id=status-it\n");
        assertThat(status("--command-config", plain.toString())).isEqualTo(CommandLines.FAILED);
        assertThat(text()).contains("GROUP").doesNotContain("consumer lag not read");

        Path secured = dir.resolve("secured.properties");
        Files.writeString(secured, "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\n");
        out.reset();
        assertThat(status("--command-config", secured.toString())).isEqualTo(CommandLines.FAILED);
        assertThat(text()).contains("consumer lag not read: Kafka at " + infrastructure.kafkaBootstrapServers());
    }

    private int status(String... options) throws IOException {
        int closed = closedPort();
        List<String> args = new ArrayList<>(List.of("--bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                "--token", "not-asked"));
        for (String service : List.of("call-service", "funding-service", "dialogue-service")) {
            args.addAll(List.of("--" + service + "-url", "http://127.0.0.1:" + closed,
                    "--" + service + "-management-url", "http://127.0.0.1:" + closed));
        }
        args.addAll(List.of(options));
        StatusCommand command = new StatusCommand(new PrintStream(out, true, StandardCharsets.UTF_8), Map.of());
        return CommandLines.execute(new CommandLine(command), new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                args.toArray(String[]::new));
    }

    private Map<TopicPartition, Long> ends(String... topics) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (var description : admin.describeTopics(List.of(topics)).allTopicNames().get(30, TimeUnit.SECONDS).values()) {
            description.partitions().forEach(p -> latest.put(new TopicPartition(description.name(), p.partition()),
                    OffsetSpec.latest()));
        }
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).forEach((p, info) -> ends.put(p, info.offset()));
        return ends;
    }

    private void produce(String topic, int partition, int count) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < count; i++) {
                producer.send(new ProducerRecord<>(topic, partition, null, ("record " + i).getBytes(StandardCharsets.UTF_8)))
                        .get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** Commits offsets for a group as its consumer would, without joining it (no subscription). */
    private void commit(String group, Map<TopicPartition, Long> offsets) {
        Map<String, Object> config = new HashMap<>(ReadOnlyConsumers.consumer("status-it", infrastructure.kafkaBootstrapServers(),
                Map.of()));
        config.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            Map<TopicPartition, OffsetAndMetadata> commits = new HashMap<>();
            offsets.forEach((p, offset) -> commits.put(p, new OffsetAndMetadata(offset)));
            consumer.commitSync(commits);
        }
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

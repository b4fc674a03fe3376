package org.coopsuite.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.EventTopic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tail against a real broker: two dialogues' events on the dialogue topic, and one broken record. */
class TailIT {

    private static final String TOPIC = EventTopic.DIALOGUE.topic();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String first = "dlg-first-" + run;
    private final String second = "dlg-second-" + run;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void publishTwoDialoguesAndABrokenRecord() throws Exception {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
        send(first, "corr-" + first, EventFixtures.dialogueOpened(first, "corr-" + first, 1));
        send(second, "corr-" + second, EventFixtures.dialogueOpened(second, "corr-" + second, 1));
        send(first, "corr-" + first, EventFixtures.mandateDecided(first, "corr-" + first, 2));
        send(first, "corr-" + first, "not an event".getBytes(StandardCharsets.UTF_8));
        send(second, "corr-" + second, EventFixtures.mandateDecided(second, "corr-" + second, 2));
        send(first, "corr-" + first, EventFixtures.mandateDecided(first, "corr-" + first, 3));
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void printsEveryRecordOfTheTopicFromTheBeginningUntilIdle() throws Exception {
        assertThat(tail(TOPIC, "--from-beginning", "--idle-timeout", "3s")).isEqualTo(Tools.OK);

        List<JsonNode> ours = lines().stream().filter(l -> l.get("key").asText().endsWith(run)).toList();
        assertThat(ours).hasSize(6);
        assertThat(ours).filteredOn(l -> l.has("event")).extracting(l -> l.get("type").asText())
                .containsOnly("DialogueOpened", "DecisionRecorded").hasSize(5);
        assertThat(ours).filteredOn(l -> l.has("undecodable")).singleElement()
                .satisfies(l -> assertThat(l.get("key").asText()).isEqualTo(first));
    }

    @Test
    void followsOneDialogueInOrderWithItsBrokenRecord() throws Exception {
        assertThat(tail(TOPIC, "--from-beginning", "--aggregate", first, "--max", "4", "--idle-timeout", "20s"))
                .isEqualTo(Tools.OK);

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(4).allSatisfy(l -> assertThat(l.get("key").asText()).isEqualTo(first));
        assertThat(lines).filteredOn(l -> l.has("event")).extracting(l -> l.at("/event/meta/aggregateVersion").asLong())
                .containsExactly(1L, 2L, 3L);
        assertThat(lines.get(2).get("undecodable").asText()).contains("not Avro single-object encoding");
    }

    @Test
    void followsOneCorrelationAcrossItsEvents() throws Exception {
        assertThat(tail(TOPIC, "--from-beginning", "--correlation", "corr-" + second, "--idle-timeout", "3s"))
                .isEqualTo(Tools.OK);

        assertThat(lines()).hasSize(2)
                .allSatisfy(l -> assertThat(l.at("/event/meta/correlationId").asText()).isEqualTo("corr-" + second))
                .extracting(l -> l.at("/headers/coop-correlation-id").asText()).containsOnly("corr-" + second);
    }

    @Test
    void startsAtTheEndByDefault() throws Exception {
        CompletableFuture<Integer> tail = CompletableFuture.supplyAsync(
                () -> tail(TOPIC, "--aggregate", first, "--max", "1", "--idle-timeout", "30s"));
        AtomicLong version = new AtomicLong(3);

        // The tail finds the end when it starts; keep writing until it has seen one of the later events.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() -> {
            send(first, "corr-" + first, EventFixtures.dialogueOpened(first, "corr-" + first, version.incrementAndGet()));
            return tail.isDone();
        });

        assertThat(tail.get(5, TimeUnit.SECONDS)).isEqualTo(Tools.OK);
        assertThat(lines()).singleElement()
                .satisfies(l -> assertThat(l.at("/event/meta/aggregateVersion").asLong()).isGreaterThan(3));
    }

    @Test
    void readsWithTheClientPropertiesOfACommandConfigFile(@TempDir Path dir) throws Exception {
        Path plain = dir.resolve("plain.properties");
        Files.writeString(plain, "security.protocol=PLAINTEXT\nclient.id=tail-it\n");
        assertThat(tail(TOPIC, "--from-beginning", "--aggregate", first, "--max", "1", "--idle-timeout", "20s",
                "--command-config", plain.toString())).isEqualTo(Tools.OK);
        assertThat(lines()).singleElement().satisfies(l -> assertThat(l.get("key").asText()).isEqualTo(first));

        // SASL without credentials: the client refuses, so the file is what the consumer was built from.
        Path secured = dir.resolve("secured.properties");
        Files.writeString(secured, "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = new Tools(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of(), t -> { }).run(new String[] {"tail", TOPIC, "--from-beginning", "--idle-timeout", "3s",
                    "--bootstrap-servers", infrastructure.kafkaBootstrapServers(), "--command-config", secured.toString()});
        assertThat(code).isEqualTo(Tools.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("tail: ");
    }

    private int tail(String... args) {
        String[] command = new String[args.length + 3];
        command[0] = "tail";
        System.arraycopy(args, 0, command, 1, args.length);
        command[args.length + 1] = "--bootstrap-servers";
        command[args.length + 2] = infrastructure.kafkaBootstrapServers();
        return new Tools(new PrintStream(out, true, StandardCharsets.UTF_8), System.err, Map.of(), t -> { }).run(command);
    }

    private List<JsonNode> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().map(TailIT::parse).toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new AssertionError("Not a JSON line: " + line, e);
        }
    }

    private void send(String key, String correlationId, byte[] value) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, value);
        record.headers().add("coop-correlation-id", correlationId.getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
    }
}

package org.coopsuite.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.platform.test.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import picocli.CommandLine;

/**
 * trace against a real broker: a cooperation thread published to the three topics out of causal
 * order, beside another thread, and a broken record of the call; the trace prints the thread's
 * events in causal order and nothing of the other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TraceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestInfrastructure infrastructure = TestInfrastructure.shared();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final CooperationThread thread = new CooperationThread(run);
    private final CooperationThread other = new CooperationThread("other-" + run);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    void publishTwoThreadsAndABrokenRecord() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                infrastructure.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            List<SpecificRecord> events = new ArrayList<>(other.publishingOrder());
            events.addAll(thread.publishingOrder());
            for (SpecificRecord event : events) {
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(CooperationThread.topic(event),
                        CooperationThread.meta(event).getAggregateId(), CooperationThread.bytes(event));
                record.headers().add("coop-event-id", CooperationThread.id(event).getBytes(StandardCharsets.UTF_8));
                record.headers().add("coop-correlation-id",
                        CooperationThread.meta(event).getCorrelationId().getBytes(StandardCharsets.UTF_8));
                producer.send(record).get(30, TimeUnit.SECONDS);
            }
            ProducerRecord<String, byte[]> broken = new ProducerRecord<>("coop.call.events", thread.callId,
                    "not an event".getBytes(StandardCharsets.UTF_8));
            broken.headers().add("coop-correlation-id", thread.correlationId.getBytes(StandardCharsets.UTF_8));
            producer.send(broken).get(30, TimeUnit.SECONDS);
        }
    }

    @BeforeEach
    void clearTheOutput() {
        out.reset();
        err.reset();
    }

    @Test
    void printsEveryEventOfACallsThreadInCausalOrderAcrossTheTopics() {
        assertThat(trace(thread.callId, "--events-only")).isEqualTo(CommandLines.OK);

        List<String> lines = text().lines().toList();
        assertThat(lines.get(0)).isEqualTo("call " + thread.callId + ": 12 events on coop.dialogue.events, "
                + "coop.call.events, coop.funding.events, in causal order");
        assertThat(lines.get(1)).startsWith("TIME");
        List<String> timeline = lines.subList(2, lines.size());
        List<String> expected = new ArrayList<>(thread.events().stream().map(e -> Timeline.shortId(CooperationThread.id(e)))
                .toList());
        assertThat(timeline).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(timeline.get(i)).contains("  " + expected.get(i) + "  ");
        }
        assertThat(timeline.get(1)).contains("└ CallDrafted").endsWith("DecisionRecorded " + expected.get(0));
        assertThat(timeline.get(9)).contains("└ AgendaItemAdded", thread.nextCommitteeId + "@2");
        assertThat(timeline.get(expected.size())).contains("(undecodable)", thread.callId)
                .endsWith("undecodable: not Avro single-object encoding (no C3 01 marker and fingerprint)");
        assertThat(text()).doesNotContain(other.callId, other.dialogueId, "where the projections");
    }

    @Test
    void tracesADialogueAndACorrelationToTheSameThreadAsJsonLines() {
        assertThat(trace("--dialogue", thread.dialogueId, "--events-only", "--json")).isEqualTo(CommandLines.OK);
        List<JsonNode> dialogue = lines();
        out.reset();
        assertThat(trace("--correlation", thread.correlationId, "--events-only", "--json")).isEqualTo(CommandLines.OK);
        List<JsonNode> correlation = lines();

        List<String> expected = thread.events().stream().map(CooperationThread::id).toList();
        for (List<JsonNode> lines : List.of(dialogue, correlation)) {
            assertThat(lines).hasSize(expected.size() + 1);
            assertThat(lines.subList(0, expected.size())).extracting(l -> l.at("/event/meta/eventId").asText())
                    .containsExactlyElementsOf(expected);
            assertThat(lines.get(1).get("causedBy").asText()).isEqualTo(expected.get(0));
            assertThat(lines.get(1).get("depth").asInt()).isEqualTo(1);
            assertThat(lines.get(expected.size()).get("undecodable").asText()).contains("not Avro");
        }
    }

    @Test
    void saysWhereTheProjectionsStandAndWhatIsParkedOrWhyItCannotTell() throws IOException {
        int closed = closedPort();
        List<String> args = new ArrayList<>(List.of(thread.callId, "--token", "not-asked"));
        for (String service : List.of("call-service", "funding-service", "dialogue-service")) {
            args.addAll(List.of("--" + service + "-url", "http://127.0.0.1:" + closed));
        }
        assertThat(trace(args.toArray(String[]::new))).isEqualTo(CommandLines.OK);

        String text = text();
        assertThat(text).contains("where the projections of call " + thread.callId + " stand:",
                "parked dead letters in its path:");
        List<String> projections = text.lines().dropWhile(l -> !l.startsWith("where the projections")).skip(2)
                .takeWhile(l -> !l.isBlank()).toList();
        assertThat(projections).extracting(l -> l.strip().split("\\s+")[0] + " " + l.strip().split("\\s+")[2])
                .containsExactly("call-service " + thread.callId, "funding-service " + thread.callId,
                        "dialogue-service " + thread.callId, "funding-service " + thread.agreementId,
                        "dialogue-service " + thread.dialogueId, "dialogue-service " + thread.nextCommitteeId);
        assertThat(projections).allSatisfy(l -> assertThat(l).contains("unreachable"));
        assertThat(text.lines().dropWhile(l -> !l.startsWith("parked dead letters")).skip(2).toList()).hasSize(3)
                .allSatisfy(l -> assertThat(l).contains("unknown: unreachable"));
    }

    @Test
    void failsSayingSoWhenNoEventNamesTheCall() {
        assertThat(trace("call-nowhere-" + run, "--events-only")).isEqualTo(CommandLines.FAILED);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("trace: no event of call call-nowhere-" + run);
        assertThat(out.size()).isZero();
    }

    private int trace(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", infrastructure.kafkaBootstrapServers()));
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        return CommandLines.execute(new CommandLine(new TraceCommand(stdout, Map.of())), stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8), all.toArray(String[]::new));
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private List<JsonNode> lines() {
        return text().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new AssertionError("Not a JSON line: " + line, e);
            }
        }).toList();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

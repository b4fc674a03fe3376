package org.coopsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

/**
 * What an operator sees of a real outage and a real dead letter, against the three service
 * processes: dialogue-service killed, {@code ./coop status} shows it down and its consumer group's
 * lag on call-service's topic growing with each call drafted meanwhile, and exits 1; restarted, it
 * catches up (lag 0, status exits 0) and holds every call drafted while it was down. Then a record
 * of one of those calls that no one can decode: each group that reads the topic parks it (both of
 * funding-service's, dialogue-service's), {@code ./coop trace} of the call shows the record in
 * its thread and parked in its path; evicted, status is clean again and {@code ./coop audit} counts
 * the record as evicted, not as a violation. The tables an operator reads go to e2e-logs
 * ({@code operator-watch-*.txt}).
 */
class OperatorWatchIT {

    private static final String CALL_TOPIC = "coop.call.events";
    private static final String DIALOGUE = "dialogue-service";

    private final String officer = TestTokens.as(Role.PROGRAMME_OFFICER).side("EU").bearer();
    private final String operator = TestTokens.as(Role.OPERATOR).side("EU").bearer();

    @Test
    void statusShowsAStoppedServiceFallingBehindAndCatchingUpAndTraceShowsARecordParkedInACallsPath() {
        RunningSuite suite = RunningSuite.get();
        OperatorConsole.of(suite).assertStatusHealthyOnceCaughtUp();

        suite.stop(DIALOGUE);
        List<String> drafted = new ArrayList<>();
        OperatorConsole.Status behind;
        try {
            OperatorConsole down = OperatorConsole.of(suite);
            drafted.add(draft(suite.call));
            behind = await("dialogue-service behind by the call drafted").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(down::status, s -> s.lag(DIALOGUE, CALL_TOPIC) >= 1);
            assertThat(behind.code()).as("a service down: status fails").isEqualTo(CommandLines.FAILED);
            assertThat(behind.health(DIALOGUE)).isNotEqualTo("UP");
            assertThat(behind.health("call-service")).isEqualTo("UP");
            drafted.add(draft(suite.call));
            drafted.add(draft(suite.call));
            long before = behind.lag(DIALOGUE, CALL_TOPIC);
            OperatorConsole.Status further = await("the lag growing while it is down").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(down::status,
                            s -> s.lag(DIALOGUE, CALL_TOPIC) >= before + 2);
            assertThat(further.lag("funding-service", CALL_TOPIC)).as("the services up keep up").isZero();
            down.writeTables("operator-watch-down.txt", null);
        } finally {
            suite.restart(DIALOGUE);
        }

        OperatorConsole console = OperatorConsole.of(suite);
        console.assertStatusHealthyOnceCaughtUp();
        for (String callId : drafted) {
            assertThat(status(suite.dialogue, "/api/calls/" + callId)).as("dialogue-service's view of " + callId)
                    .isEqualTo(200);
        }

        String parkedCall = drafted.get(0);
        sendUndecodable(parkedCall);
        try {
            List<JsonNode> trace = await("the record parked in the call's path").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1)).until(() -> console.trace(parkedCall),
                            lines -> inPath(lines, DIALOGUE).size() == 1 && inPath(lines, "funding-service").size() == 2);
            assertThat(inPath(trace, "funding-service")).as("each group that reads the topic parks it for itself")
                    .extracting(p -> p.get("group").asText()).containsExactlyInAnyOrder("funding-service",
                            "funding-service-agreements");
            JsonNode parked = inPath(trace, DIALOGUE).get(0);
            assertThat(parked.get("aggregateId").asText()).isEqualTo(parkedCall);
            assertThat(parked.get("reason").asText()).contains("EventDecodingException");
            assertThat(parked.get("transient").asBoolean()).as("a record's own fault: not retried by itself").isFalse();
            assertThat(trace).as("the record itself, in the call's thread").anySatisfy(line -> assertThat(
                    line.path("undecodable").asText()).contains("not Avro single-object encoding"));
            assertThat(inPath(trace, "call-service")).as("call-service does not read its own topic").isEmpty();
            assertThat(console.status().code()).as("a parked sequence: status fails").isEqualTo(CommandLines.FAILED);
            console.writeTables("operator-watch-parked.txt", parkedCall);
        } finally {
            // Evicted whatever the test found, as the other tests' audits want no parked sequence.
            for (ServiceProcess service : List.of(suite.dialogue, suite.funding)) {
                evictParkedOf(service, parkedCall);
            }
        }
        console.assertStatusHealthyOnceCaughtUp();
        assertThat(inPath(console.trace(parkedCall), DIALOGUE)).isEmpty();
        OperatorConsole.Audit audit = console.audit("--wait", "60s");
        assertThat(audit.code()).as("an evicted record is known and decided: %s", audit.printed()).isZero();
        assertThat(audit.printed()).contains("audit: 1 undecodable record(s) an operator evicted")
                .doesNotContain("VIOLATION undecodable");
    }

    /** Evicts the service's parked sequences of the aggregate, with the operator's reason. */
    private void evictParkedOf(ServiceProcess service, String aggregateId) {
        Map<?, ?> page = service.http().get().uri("/api/operator/parked?size=100").header(HttpHeaders.AUTHORIZATION, operator)
                .retrieve().body(Map.class);
        for (Object item : (List<?>) page.get("items")) {
            Map<?, ?> sequence = (Map<?, ?>) item;
            if (aggregateId.equals(sequence.get("aggregateId"))) {
                int evicted = service.http().post().uri("/api/operator/parked/{id}/eviction", sequence.get("id"))
                        .header(HttpHeaders.AUTHORIZATION, operator)
                        .body(Map.of("reason", "OperatorWatchIT: a record sent undecodable on purpose"))
                        .exchange((request, response) -> response.getStatusCode().value());
                assertThat(evicted).isEqualTo(200);
            }
        }
    }

    private String draft(ServiceProcess call) {
        Map<?, ?> body = call.http().post().uri("/api/calls").header(HttpHeaders.AUTHORIZATION, officer)
                .body(Map.of("modality", "JOINT", "participatingSides", List.of("EU", "JP"), "content", Map.of(
                        "title", "Drafted while dialogue-service was down", "strategicAreas", List.of("CLIMATE_CHANGE"),
                        "topics", List.of("Urban heat"), "climateCoefficient", 40, "indicativeBudget", Map.of(
                                "EU", Map.of("amount", "1000000.00", "currency", "EUR"),
                                "JP", Map.of("amount", "100000000", "currency", "JPY")))))
                .retrieve().body(Map.class);
        return (String) body.get("id");
    }

    private int status(ServiceProcess service, String path) {
        return service.http().get().uri(path).header(HttpHeaders.AUTHORIZATION, officer)
                .exchange((request, response) -> response.getStatusCode().value());
    }

    /** A record keyed by the call, as its events are, whose value is not an event. */
    private static void sendUndecodable(String callId) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                TestInfrastructure.shared().kafkaBootstrapServers()), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(CALL_TOPIC, callId.getBytes(StandardCharsets.UTF_8),
                    "not an event".getBytes(StandardCharsets.UTF_8))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The parked sequences a service has in the trace's path (none when it answered no list). */
    private static List<JsonNode> inPath(List<JsonNode> trace, String service) {
        List<JsonNode> found = new ArrayList<>();
        trace.stream().filter(line -> line.has("parked") && line.at("/parked/service").asText().equals(service))
                .forEach(line -> line.at("/parked/inPath").forEach(found::add));
        return found;
    }
}

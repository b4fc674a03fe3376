package org.coopsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceProcess;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * The walking skeleton across the three services, each its own process: a dialogue records a
 * call mandate; call-service drafts the call once; funding- and dialogue-service see it in
 * their projections; the correlation id and the trace of the mandate request run through to the call.
 */
class MandateToDraftCallIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static ServiceProcess dialogue;
    private static ServiceProcess call;
    private static ServiceProcess funding;

    @BeforeAll
    static void startTheSuite() {
        RunningSuite suite = RunningSuite.get();
        dialogue = suite.dialogue;
        call = suite.call;
        funding = suite.funding;
    }

    @Test
    void aCallMandateBecomesOneDraftCallThatEveryServiceSees() {
        String correlationId = "e2e-" + RUN;
        String secretariat = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();

        String dialogueId = scheduleAndOpenDialogue(secretariat);
        Map<?, ?> decision = dialogue.http().post().uri("/api/dialogues/{id}/decisions", dialogueId)
                .header(HttpHeaders.AUTHORIZATION, secretariat).header("X-Correlation-Id", correlationId)
                .body(mandate()).retrieve().body(Map.class);
        String callId = (String) ((Map<?, ?>) decision.get("mandate")).get("callId");

        String viewer = TestTokens.as(Role.VIEWER).side("JP").bearer();
        Map<?, ?> drafted = awaitFound(call.http(), "/api/calls/" + callId, viewer);
        assertThat(drafted.get("state")).isEqualTo("DRAFT");
        assertThat(drafted.get("participatingSides")).isEqualTo(List.of("EU", "JP"));
        Map<?, ?> mandate = (Map<?, ?>) drafted.get("mandate");
        assertThat(mandate.get("dialogueId")).isEqualTo(dialogueId);
        assertThat(mandate.get("decisionId")).isEqualTo(decision.get("id"));
        assertThat(awaitFound(funding.http(), "/api/calls/" + callId, viewer).get("state")).isEqualTo("DRAFT");
        assertThat(awaitFound(dialogue.http(), "/api/calls/" + callId, viewer).get("title"))
                .isEqualTo("Launch a joint call on climate adaptation");

        try (EventProbe events = EventProbe.fromBeginning("coop.dialogue.events", "coop.call.events")) {
            DecisionRecorded recorded = events.await(DecisionRecorded.class,
                    e -> e.getDecisionId().equals(decision.get("id")));
            CallDrafted callDrafted = events.await(CallDrafted.class, e -> e.getCallId().equals(callId));
            assertThat(recorded.getMeta().getCorrelationId()).isEqualTo(correlationId);
            assertThat(callDrafted.getMeta().getCorrelationId()).isEqualTo(correlationId);
            assertThat(callDrafted.getMeta().getCausationId()).isEqualTo(recorded.getMeta().getEventId());
            assertThat(events.events(CallDrafted.class, e -> e.getCallId().equals(callId))).hasSize(1);
            String decisionTrace = traceId(events.records("coop.dialogue.events"), recorded.getMeta().getEventId());
            assertThat(traceId(events.records("coop.call.events"), callDrafted.getMeta().getEventId()))
                    .isEqualTo(decisionTrace);
        }
    }

    /** The trace id of the W3C traceparent header of the record carrying this event. */
    private static String traceId(List<ConsumerRecord<byte[], byte[]>> records, String eventId) {
        ConsumerRecord<byte[], byte[]> record = records.stream()
                .filter(r -> eventId.equals(header(r, "coop-event-id"))).findFirst().orElseThrow();
        String traceparent = header(record, "traceparent");
        assertThat(traceparent).as("traceparent of " + eventId).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        return traceparent.split("-")[1];
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String scheduleAndOpenDialogue(String secretariat) {
        Map<String, Object> schedule = Map.of("title", "EU-Japan Joint Committee", "level", "JOINT_COMMITTEE",
                "date", LocalDate.now().plusDays(30).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A. Commissioner"),
                        Map.of("side", "JP", "name", "B. Minister")));
        Map<?, ?> scheduled = dialogue.http().post().uri("/api/dialogues")
                .header(HttpHeaders.AUTHORIZATION, secretariat).body(schedule).retrieve().body(Map.class);
        String id = (String) scheduled.get("id");
        dialogue.http().post().uri("/api/dialogues/{id}/session", id).header(HttpHeaders.AUTHORIZATION, secretariat)
                .retrieve().toBodilessEntity();
        return id;
    }

    private static Map<String, Object> mandate() {
        return Map.of("kind", "CALL_MANDATE", "summary", "Launch a joint call on climate adaptation",
                "mandate", Map.of("modality", "JOINT", "strategicArea", "CLIMATE_CHANGE",
                        "topics", List.of("Climate adaptation in cities"),
                        "indicativeBudget", Map.of(
                                "EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                                "JP", Map.of("amount", "800000000", "currency", "JPY"))));
    }

    private static Map<?, ?> awaitFound(RestClient http, String path, String token) {
        return await(path).atMost(Duration.ofSeconds(30)).until(() -> http.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, token).exchange((request, response) ->
                        response.getStatusCode().equals(HttpStatusCode.valueOf(200)) ? response.bodyTo(Map.class) : null),
                found -> found != null);
    }
}

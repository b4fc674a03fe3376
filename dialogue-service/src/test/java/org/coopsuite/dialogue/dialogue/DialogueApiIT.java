package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The dialogue API's guards: who may act, and what a rejected command leaves behind (nothing). */
@ServiceIntegrationTest
@DirtiesContext
class DialogueApiIT {

    private static final String EU_SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();

    @LocalServerPort
    int port;

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    @Test
    void refusesACommandWithoutAToken() {
        ResponseEntity<Map> response = http().post().uri("/api/dialogues").contentType(MediaType.APPLICATION_JSON)
                .body(schedule()).retrieve().toEntity(Map.class);

        assertThat(response.getStatusCode().value()).isEqualTo(401);
        assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    @Test
    void refusesTheWrongRole() {
        String viewer = TestTokens.as(Role.VIEWER).side("EU").bearer();

        assertThat(post("/api/dialogues", viewer, schedule()).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void refusesTheSecretariatOfASideThatDoesNotTakePart() {
        String id = scheduleAndOpen();
        String otherSide = TestTokens.as(Role.SECRETARIAT).side("KR").bearer();

        ResponseEntity<Map> response = post("/api/dialogues/" + id + "/decisions", otherSide, mandate(budget()));

        assertThat(response.getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void rejectsAMandateWithoutABudgetForAParticipatingSideAndEmitsNothing() {
        String id = scheduleAndOpen();

        ResponseEntity<Map> response = post("/api/dialogues/" + id + "/decisions", EU_SECRETARIAT,
                mandate(Map.of("EU", Map.of("amount", "5000000.00", "currency", "EUR"))));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).containsExactly("mandate.indicativeBudget.JP");
        assertThat(get(id).get("decisions")).isEqualTo(List.of());
        try (EventProbe events = EventProbe.fromBeginning("coop.dialogue.events")) {
            assertThat(events.events(DecisionRecorded.class, e -> e.getDialogueId().equals(id))).isEmpty();
        }
    }

    @Test
    void rejectsMalformedFieldsWithOneErrorEach() {
        Map<String, Object> body = Map.of("title", "", "level", "JOINT_COMMITTEE", "date", "2020-01-01",
                "coChairs", List.of(Map.of("side", "EU", "name", "A")));

        ResponseEntity<Map> response = post("/api/dialogues", EU_SECRETARIAT, body);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) response.getBody().get("errors"))
                .extracting(error -> error.get("field")).contains("title", "coChairs");
    }

    @Test
    void refusesADecisionOutsideASessionNamingTheState() {
        Map<?, ?> scheduled = post("/api/dialogues", EU_SECRETARIAT, schedule()).getBody();

        ResponseEntity<Map> response = post("/api/dialogues/" + scheduled.get("id") + "/decisions", EU_SECRETARIAT,
                mandate(budget()));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("currentState")).isEqualTo("SCHEDULED");
    }

    @Test
    void recordsAMandateWithTheCallIdItFixes() {
        String id = scheduleAndOpen();

        ResponseEntity<Map> response = post("/api/dialogues/" + id + "/decisions", EU_SECRETARIAT, mandate(budget()));

        assertThat(response.getStatusCode().value()).isEqualTo(201);
        String callId = (String) ((Map<?, ?>) response.getBody().get("mandate")).get("callId");
        try (EventProbe events = EventProbe.fromBeginning("coop.dialogue.events")) {
            DecisionRecorded recorded = events.await(DecisionRecorded.class, e -> e.getDialogueId().equals(id));
            assertThat(recorded.getMandate().getCallId()).isEqualTo(callId);
            assertThat(recorded.getMeta().getAggregateVersion()).isEqualTo(3);
        }
    }

    @Test
    void refusesAnOversizedBodyWith413() {
        Map<String, Object> body = Map.of("title", "x".repeat(70_000), "level", "JOINT_COMMITTEE",
                "date", LocalDate.now().plusDays(10).toString(), "coChairs", List.of());

        ResponseEntity<Map> response = post("/api/dialogues", EU_SECRETARIAT, body);

        assertThat(response.getStatusCode().value()).isEqualTo(413);
        assertThat(response.getBody()).containsEntry("status", 413);
    }

    @Test
    void refusesMalformedJsonWith400() {
        ResponseEntity<Map> response = post("/api/dialogues", EU_SECRETARIAT, "{\"title\": ");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getBody()).containsEntry("title", "Unreadable request body");
    }

    private String scheduleAndOpen() {
        String id = (String) post("/api/dialogues", EU_SECRETARIAT, schedule()).getBody().get("id");
        assertThat(post("/api/dialogues/" + id + "/session", EU_SECRETARIAT, Map.of()).getStatusCode().value())
                .isEqualTo(200);
        return id;
    }

    private ResponseEntity<Map> post(String path, String token, Object body) {
        return http().post().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    private Map<?, ?> get(String id) {
        return http().get().uri("/api/dialogues/" + id).header(HttpHeaders.AUTHORIZATION, EU_SECRETARIAT).retrieve()
                .body(Map.class);
    }

    private static Map<String, Object> schedule() {
        return Map.of("title", "Joint Committee", "level", "JOINT_COMMITTEE",
                "date", LocalDate.now().plusDays(10).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B")));
    }

    private static Map<String, Object> budget() {
        return Map.of("EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                "JP", Map.of("amount", "800000000", "currency", "JPY"));
    }

    private static Map<String, Object> mandate(Map<String, Object> budget) {
        return Map.of("kind", "CALL_MANDATE", "summary", "Launch a joint call",
                "mandate", Map.of("modality", "JOINT", "strategicArea", "CLIMATE_CHANGE",
                        "topics", List.of("Adaptation"), "indicativeBudget", budget));
    }
}

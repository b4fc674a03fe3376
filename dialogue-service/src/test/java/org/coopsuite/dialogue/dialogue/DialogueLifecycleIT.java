package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.dialogue.DialogueCancelled;
import org.coopsuite.schemas.dialogue.DialoguePostponed;
import org.coopsuite.schemas.dialogue.DialogueRescheduled;
import org.coopsuite.schemas.dialogue.MinutesAdopted;
import org.coopsuite.schemas.dialogue.MinutesApproved;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A dialogue's life over HTTP, Kafka and MongoDB: postponed and rescheduled, concluded and its
 * minutes adopted, and what a refused command leaves behind (nothing). A refused command is
 * followed by an accepted one on the same dialogue: its events share a partition, so once the
 * accepted one's event is on the topic, any event of the refused one would be there before it.
 */
@ServiceIntegrationTest
@DirtiesContext
class DialogueLifecycleIT {

    private static final String TOPIC = "coop.dialogue.events";
    private static final String EU_SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    private static final String JP_SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("JP").bearer();

    @LocalServerPort
    int port;

    @Test
    void postponesReschedulesAndThenOpensTheSession() {
        String id = schedule();
        LocalDate newDate = LocalDate.now().plusMonths(2);

        assertThat(command(id, "postponement", Map.of("reason", "The venue is unavailable.")).getBody())
                .containsEntry("state", "POSTPONED").containsEntry("reason", "The venue is unavailable.");
        assertThat(command(id, "rescheduling", Map.of("date", newDate.toString())).getBody())
                .containsEntry("state", "SCHEDULED").containsEntry("date", newDate.toString());
        assertThat(command(id, "session", Map.of()).getBody()).containsEntry("state", "IN_SESSION");

        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            assertThat(events.await(DialoguePostponed.class, e -> e.getDialogueId().equals(id)).getReason())
                    .isEqualTo("The venue is unavailable.");
            assertThat(events.await(DialogueRescheduled.class, e -> e.getDialogueId().equals(id)).getDate())
                    .isEqualTo(newDate);
        }
    }

    @Test
    void adoptsTheMinutesOnceBothCoChairSidesApprove() {
        String id = concluded();

        assertThat(approve(id, EU_SECRETARIAT).getBody()).containsEntry("minutesAdopted", false);
        assertThat(approve(id, EU_SECRETARIAT).getStatusCode().value()).as("a repeat is harmless").isEqualTo(200);
        assertThat(approve(id, JP_SECRETARIAT).getBody()).containsEntry("minutesAdopted", true)
                .containsEntry("minutesApprovals", List.of("EU", "JP"));

        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(MinutesAdopted.class, e -> e.getDialogueId().equals(id));
            // a second adoption, or a relay publishing twice, would show within the sweep interval
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(
                    () -> events.events(MinutesAdopted.class, e -> e.getDialogueId().equals(id)).size() == 1);
            assertThat(events.events(MinutesApproved.class, e -> e.getDialogueId().equals(id)))
                    .extracting(MinutesApproved::getSide).containsExactly("EU", "JP");
        }
        assertThat(get(id)).containsEntry("minutesAdopted", true).containsEntry("state", "CONCLUDED");
    }

    @Test
    void refusesToCancelAConcludedDialogueNamingTheStateAndEmitsNothing() {
        String id = concluded();

        ResponseEntity<Map> response = command(id, "cancellation", Map.of("reason", "Too late."));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody()).containsEntry("currentState", "CONCLUDED");
        approve(id, EU_SECRETARIAT);
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(MinutesApproved.class, e -> e.getDialogueId().equals(id));
            assertThat(events.events(DialogueCancelled.class, e -> e.getDialogueId().equals(id))).isEmpty();
        }
    }

    @Test
    void rejectsABlankReasonAndEmitsNothing() {
        String id = schedule();

        ResponseEntity<Map> response = command(id, "postponement", Map.of("reason", " "));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("reason");
        assertThat(get(id)).containsEntry("state", "SCHEDULED");
        command(id, "cancellation", Map.of("reason", "Superseded."));
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(DialogueCancelled.class, e -> e.getDialogueId().equals(id));
            assertThat(events.events(DialoguePostponed.class, e -> e.getDialogueId().equals(id))).isEmpty();
        }
    }

    @Test
    void rejectsAReasonOverTwoThousandCharacters() {
        String id = schedule();

        ResponseEntity<Map> response = command(id, "cancellation", Map.of("reason", "x".repeat(2001)));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("reason");
        assertThat(get(id)).containsEntry("state", "SCHEDULED");
    }

    @Test
    void rejectsReschedulingIntoThePastAndEmitsNothing() {
        String id = schedule();
        command(id, "postponement", Map.of("reason", "The venue is unavailable."));

        ResponseEntity<Map> response = command(id, "rescheduling", Map.of("date", LocalDate.now().minusDays(1).toString()));

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("date");
        command(id, "cancellation", Map.of("reason", "No date found."));
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(DialogueCancelled.class, e -> e.getDialogueId().equals(id));
            assertThat(events.events(DialogueRescheduled.class, e -> e.getDialogueId().equals(id))).isEmpty();
        }
    }

    @Test
    void refusesAnApprovalFromASideThatDoesNotTakePart() {
        String id = concluded();
        String korea = TestTokens.as(Role.SECRETARIAT).side("KR").bearer();

        assertThat(approve(id, korea).getStatusCode().value()).isEqualTo(403);
        assertThat(get(id)).containsEntry("minutesApprovals", List.of());
    }

    @Test
    void guardsAPostponementWithIfMatch() {
        String id = schedule();

        ResponseEntity<Map> stale = http().post().uri("/api/dialogues/" + id + "/postponement")
                .header(HttpHeaders.AUTHORIZATION, EU_SECRETARIAT).header(HttpHeaders.IF_MATCH, "\"7\"")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Moved.")).retrieve().toEntity(Map.class);
        ResponseEntity<Map> current = http().post().uri("/api/dialogues/" + id + "/postponement")
                .header(HttpHeaders.AUTHORIZATION, EU_SECRETARIAT).header(HttpHeaders.IF_MATCH, "\"1\"")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "Moved.")).retrieve().toEntity(Map.class);

        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(current.getBody()).containsEntry("state", "POSTPONED").containsEntry("version", 2);
    }

    private String schedule() {
        Map<String, Object> body = Map.of("title", "Joint Committee", "level", "JOINT_COMMITTEE",
                "date", LocalDate.now().plusDays(10).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B")));
        return (String) post("/api/dialogues", EU_SECRETARIAT, body).getBody().get("id");
    }

    private String concluded() {
        String id = schedule();
        assertThat(command(id, "session", Map.of()).getStatusCode().value()).isEqualTo(200);
        assertThat(command(id, "conclusion", Map.of()).getBody()).containsEntry("state", "CONCLUDED");
        return id;
    }

    private ResponseEntity<Map> command(String id, String path, Object body) {
        return post("/api/dialogues/" + id + "/" + path, EU_SECRETARIAT, body);
    }

    private ResponseEntity<Map> approve(String id, String token) {
        return post("/api/dialogues/" + id + "/minutes/approvals", token, Map.of());
    }

    private ResponseEntity<Map> post(String path, String token, Object body) {
        return http().post().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> get(String id) {
        return http().get().uri("/api/dialogues/" + id).header(HttpHeaders.AUTHORIZATION, EU_SECRETARIAT).retrieve()
                .body(Map.class);
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    @SuppressWarnings("unchecked")
    private static List<String> fields(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }
}

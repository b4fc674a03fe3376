package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.dialogue.actionitem.OverdueActionItemsCheck;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.ActionItemCompleted;
import org.coopsuite.schemas.dialogue.ActionItemOverdue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Action items over HTTP, Kafka and MongoDB, on a clock the test moves forward: assigned, passed
 * their due date, marked overdue once however often the check runs, completed by their owner side
 * only. As in {@link DialogueLifecycleIT}, a refused command is followed by an accepted one on the
 * same dialogue, whose event on the same partition shows that the refused one left none before it.
 */
@ServiceIntegrationTest
@DirtiesContext
class ActionItemIT {

    private static final String TOPIC = "coop.dialogue.events";
    private static final String EU_SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    private static final String JP_SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("JP").bearer();
    private static final Duration BEHIND = Duration.ofDays(3);

    /**
     * Starts the clock days behind, so that moving it past a due date brings it back to about now:
     * the events' time is their Kafka timestamp, and the broker refuses one more than an hour ahead.
     */
    @TestConfiguration
    static class MovableTime {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().minus(BEHIND));
        }
    }


    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    OverdueActionItemsCheck overdueCheck;

    @Test
    void marksAnItemOverdueOnceAfterItsDueDateAndItCanStillBeCompleted() {
        String id = inSession();
        String item = assign(id, "JP", today().plusDays(1));
        LocalDate due = today().plusDays(1);
        awaitPublished(item);

        clock.advance(BEHIND);
        overdueCheck.run();
        overdueCheck.run();

        assertThat(listed("JP", "OVERDUE")).extracting(i -> i.get("id")).contains(item);
        assertThat(complete(id, item, JP_SECRETARIAT).getBody()).containsEntry("state", "DONE");
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(ActionItemCompleted.class, e -> e.getActionItemId().equals(item));
            List<ActionItemOverdue> overdue = events.events(ActionItemOverdue.class, e -> e.getActionItemId().equals(item));
            assertThat(overdue).hasSize(1);
            assertThat(overdue.get(0).getOwnerSide()).isEqualTo("JP");
            assertThat(overdue.get(0).getDueDate()).isEqualTo(due);
        }
    }

    @Test
    void onlyTheOwnerSideCompletesAnItemAndOnlyOnce() {
        String id = inSession();
        String item = assign(id, "JP", today().plusDays(10));

        assertThat(complete(id, item, EU_SECRETARIAT).getStatusCode().value()).isEqualTo(403);
        assertThat(complete(id, item, JP_SECRETARIAT).getStatusCode().value()).isEqualTo(200);
        ResponseEntity<Map> again = complete(id, item, JP_SECRETARIAT);

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("currentState", "DONE");
        String later = assign(id, "EU", today().plusDays(10));
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(ActionItemAssigned.class, e -> e.getActionItemId().equals(later));
            assertThat(events.events(ActionItemCompleted.class, e -> e.getActionItemId().equals(item))).hasSize(1);
        }
    }

    @Test
    void rejectsAPastDueDateAndAnOwnerSideThatDoesNotTakePartAndEmitsNothing() {
        String id = inSession();

        ResponseEntity<Map> past = post(itemsOf(id), EU_SECRETARIAT, body("JP", today().minusDays(1)));
        ResponseEntity<Map> korea = post(itemsOf(id), EU_SECRETARIAT, body("KR", today().plusDays(1)));

        assertThat(past.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(past)).containsExactly("dueDate");
        assertThat(korea.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(korea)).containsExactly("ownerSide");
        String later = assign(id, "EU", today().plusDays(1));
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(ActionItemAssigned.class, e -> e.getActionItemId().equals(later));
            assertThat(events.events(ActionItemAssigned.class, e -> e.getDialogueId().equals(id))).hasSize(1);
        }
    }

    @Test
    void listsItemsBySideAndStateOnePageAtATime() {
        String id = inSession();
        String first = assign(id, "EU", today().plusDays(400));
        String second = assign(id, "EU", today().plusDays(401));
        assign(id, "JP", today().plusDays(400));

        List<Map<String, Object>> open = listed("EU", "OPEN");
        assertThat(open).extracting(i -> i.get("id")).containsSubsequence(first, second);
        assertThat(open).allSatisfy(i -> assertThat(i).containsEntry("ownerSide", "EU").containsEntry("state", "OPEN"));
        assertThat(page("side=EU&state=OPEN&size=1&page=0")).hasSize(1)
                .doesNotContainAnyElementsOf(page("side=EU&state=OPEN&size=1&page=1"));
        assertThat(get("/api/action-items?size=0").getStatusCode().value()).isEqualTo(400);
    }

    /** Moving the clock while the relay holds a lease would expire it at once and publish twice. */
    private static void awaitPublished(String item) {
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(ActionItemAssigned.class, e -> e.getActionItemId().equals(item));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String inSession() {
        Map<String, Object> body = Map.of("title", "Joint Committee", "level", "JOINT_COMMITTEE",
                "date", today().plusDays(10).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B")));
        String id = (String) post("/api/dialogues", EU_SECRETARIAT, body).getBody().get("id");
        assertThat(post("/api/dialogues/" + id + "/session", EU_SECRETARIAT, Map.of()).getStatusCode().value())
                .isEqualTo(200);
        return id;
    }

    private String assign(String id, String side, LocalDate due) {
        ResponseEntity<Map> response = post(itemsOf(id), EU_SECRETARIAT, body(side, due));
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    private ResponseEntity<Map> complete(String id, String item, String token) {
        return post(itemsOf(id) + "/" + item + "/completion", token, Map.of());
    }

    private static String itemsOf(String id) {
        return "/api/dialogues/" + id + "/action-items";
    }

    private static Map<String, Object> body(String side, LocalDate due) {
        return Map.of("ownerSide", side, "description", "Circulate the draft call text.", "dueDate", due.toString());
    }

    private List<Map<String, Object>> listed(String side, String state) {
        return page("side=" + side + "&state=" + state + "&size=100");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> page(String query) {
        ResponseEntity<Map> response = get("/api/action-items?" + query);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return ((List<Map<String, Object>>) response.getBody().get("items")).stream()
                .map(listed -> (Map<String, Object>) listed.get("item")).toList();
    }

    private ResponseEntity<Map> get(String path) {
        String viewer = TestTokens.as(Role.VIEWER).side("JP").bearer();
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, viewer).retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> post(String path, String token, Object body) {
        return http().post().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
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

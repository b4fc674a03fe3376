package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.CrashedAnswers;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Every create command of the dialogue API retried under its Idempotency-Key after the service
 * died between the command's write and the answer's (the key's record left in progress past its
 * 60 s: {@link CrashedAnswers}): the retry runs the request again, with the If-Match the first
 * run was sent with (stale by then), and answers what the first run created, with its id: one
 * dialogue, decision (and the call id it mandates), agenda item or action item, one event.
 */
@ServiceIntegrationTest
class CrashedCreatesIT {

    private static final String SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").subject("crash-secretariat")
            .bearer();
    private static final String TOPIC = "coop.dialogue.events";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void aScheduledDialogueIsScheduledOnce() {
        String title = "Crash-proof committee " + UUID.randomUUID();

        Map<?, ?> answer = createTwiceAcrossTheCrash("/api/dialogues", null, schedule(title));

        String id = (String) answer.get("id");
        assertOneEvent(DialogueScheduled.class, e -> e.getTitle().equals(title), e -> e.getDialogueId().equals(id));
    }

    @Test
    void aDecisionIsRecordedOnceWithTheCallIdItsMandateFixed() {
        String dialogue = scheduleAndOpen();

        Map<?, ?> answer = createTwiceAcrossTheCrash("/api/dialogues/" + dialogue + "/decisions", 2L, mandate());

        assertThat(get(dialogue).get("decisions")).isEqualTo(List.of(answer));
        Object callId = ((Map<?, ?>) answer.get("mandate")).get("callId");
        assertOneEvent(DecisionRecorded.class, e -> e.getDialogueId().equals(dialogue),
                e -> e.getDecisionId().equals(answer.get("id")) && e.getMandate().getCallId().equals(callId));
    }

    @Test
    void anAgendaItemIsAddedOnce() {
        String dialogue = scheduleAndOpen();

        Map<?, ?> answer = createTwiceAcrossTheCrash("/api/dialogues/" + dialogue + "/agenda-items", 2L,
                Map.of("title", "Open science"));

        assertThat(get(dialogue).get("agenda")).isEqualTo(List.of(answer));
        assertOneEvent(AgendaItemAdded.class, e -> e.getDialogueId().equals(dialogue),
                e -> e.getAgendaItemId().equals(answer.get("id")));
    }

    @Test
    void anActionItemIsAssignedOnce() {
        String dialogue = scheduleAndOpen();

        Map<?, ?> answer = createTwiceAcrossTheCrash("/api/dialogues/" + dialogue + "/action-items", 2L,
                Map.of("ownerSide", "EU", "description", "Circulate the draft.", "dueDate",
                        LocalDate.now().plusDays(20).toString()));

        assertThat((List<?>) get(dialogue).get("actionItems")).singleElement()
                .satisfies(item -> assertThat(((Map<?, ?>) item).get("id")).isEqualTo(answer.get("id")));
        assertOneEvent(ActionItemAssigned.class, e -> e.getDialogueId().equals(dialogue),
                e -> e.getActionItemId().equals(answer.get("id")));
    }

    /** The first run answered, its answer then lost as a crash loses it, the retry's answer: the same. */
    private Map<?, ?> createTwiceAcrossTheCrash(String path, Long ifMatch, Object body) {
        String key = UUID.randomUUID().toString();
        CrashedAnswers crash = CrashedAnswers.noteRecords(mongo.getDb());
        ResponseEntity<Map> first = post(path, key, ifMatch, body);
        crash.leaveUnanswered();

        ResponseEntity<Map> again = post(path, key, ifMatch, body);

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).as("run again, not replayed").isNull();
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        return first.getBody();
    }

    /** Once the relay has published what is stored, the topic holds one event of the kind, the first run's. */
    private <E extends SpecificRecord> void assertOneEvent(Class<E> type, Predicate<E> ofThisTest, Predicate<E> first) {
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(type, ofThisTest);
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection(DialogueService.COLLECTION)
                    .countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
            assertThat(events.events(type, ofThisTest)).hasSize(1).allMatch(first);
        }
    }

    private String scheduleAndOpen() {
        String id = (String) post("/api/dialogues", UUID.randomUUID().toString(), null, schedule("Committee"))
                .getBody().get("id");
        assertThat(post("/api/dialogues/" + id + "/session", UUID.randomUUID().toString(), 1L, Map.of())
                .getStatusCode().value()).isEqualTo(200);
        return id;
    }

    private ResponseEntity<Map> post(String path, String key, Long ifMatch, Object body) {
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, SECRETARIAT).header("Idempotency-Key", key)
                .headers(headers -> {
                    if (ifMatch != null) {
                        headers.setIfMatch("\"" + ifMatch + "\"");
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    private Map<?, ?> get(String id) {
        return RestClient.create("http://localhost:" + port).get().uri("/api/dialogues/" + id)
                .header(HttpHeaders.AUTHORIZATION, SECRETARIAT).retrieve().body(Map.class);
    }

    private static Map<String, Object> schedule(String title) {
        return Map.of("title", title, "level", "JOINT_COMMITTEE", "date", LocalDate.now().plusDays(10).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B")));
    }

    private static Map<String, Object> mandate() {
        return Map.of("kind", "CALL_MANDATE", "summary", "Launch a joint call",
                "mandate", Map.of("modality", "JOINT", "strategicArea", "CLIMATE_CHANGE", "topics", List.of("Adaptation"),
                        "indicativeBudget", Map.of("EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                                "JP", Map.of("amount", "800000000", "currency", "JPY"))));
    }
}

package org.coopsuite.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.ApiReads;
import org.coopsuite.platform.test.CallThread;
import org.coopsuite.platform.test.PageEnvelope;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

/**
 * dialogue-service's read side on the real broker: its view of a call follows the call through
 * every state to its results, and to its cancellation, and no proposal writes a view of its own;
 * every list (the overview's dialogues coming up included) answers in the platform's page
 * envelope; no documented GET path answers the projections' bookkeeping.
 */
@ServiceIntegrationTest
@DirtiesContext
class ReadApiIT {

    private static final String SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    private static final String VIEWER = TestTokens.as(Role.VIEWER).side("JP").bearer();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;

    private RestClient http;
    private PageEnvelope pages;

    @BeforeEach
    void setUp() {
        http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        pages = PageEnvelope.at(port, VIEWER);
    }

    @Test
    void followsACallThroughEveryStateToItsResultsAndAnswersNoBookkeeping() {
        CallThread call = CallThread.of(UUID.randomUUID().toString());
        String proposalId = UUID.randomUUID().toString();
        sendAndAwait(call.drafted(), "DRAFT");
        sendAndAwait(call.submitted(), "AWAITING_FUNDING");
        sendAndAwait(call.opened(), "OPEN");
        send(call.proposalSubmitted(proposalId));
        sendAndAwait(call.closed(), "CLOSED");
        sendAndAwait(call.evaluationStarted(), "IN_EVALUATION");
        sendAndAwait(call.results(List.of()), "RESULTS_PUBLISHED");

        assertThat(get("/api/calls/" + call.callId()).getBody()).containsEntry("title", "Climate adaptation in cities")
                .containsEntry("modality", "JOINT").containsEntry("strategicAreas", List.of("CLIMATE_CHANGE"))
                .containsKey("indicativeBudget");
        assertNoViewOf(proposalId);
        String dialogueId = inSession();
        LocalDate today = LocalDate.now();
        ApiReads.at(port, VIEWER).ids(Map.of("calls", call.callId(), "dialogues", dialogueId))
                .query("/api/reports/dissemination", "area=CLIMATE_CHANGE&from=" + today.minusDays(1) + "&to=" + today)
                .assertNoBookkeeping();
    }

    @Test
    void followsACallToItsCancellation() {
        CallThread call = CallThread.of(UUID.randomUUID().toString());
        sendAndAwait(call.drafted(), "DRAFT");
        sendAndAwait(call.cancelled("DRAFT"), "CANCELLED");
    }

    @Test
    void pagesTheDialoguesTheActionItemsThePlatformsAndTheDialoguesComingUp() {
        long dialogues = pages.total("/api/dialogues");
        long upcoming = pages.in("upcomingDialogues").total("/api/overview");
        long items = pages.total("/api/action-items");
        String session = inSession();
        for (int i = 0; i < 3; i++) {
            schedule(LocalDate.now().plusDays(30 + i));
            ResponseEntity<Map> assigned = post("/api/dialogues/" + session + "/action-items", Map.of("ownerSide", "JP",
                    "description", "Circulate the draft call text.", "dueDate", LocalDate.now().plusDays(5).toString()));
            assertThat(assigned.getStatusCode().value()).as("%s", assigned.getBody()).isEqualTo(201);
        }

        pages.assertPaged("/api/dialogues", dialogues + 4);
        pages.assertPaged("/api/action-items", items + 3);
        pages.assertPaged("/api/platforms", 3);
        pages.in("upcomingDialogues").assertPaged("/api/overview", upcoming + 3);
    }

    /** Whether the proposal's event was read: a call event sent after it on its partition was. */
    private void assertNoViewOf(String proposalId) {
        CallThread marker = CallThread.of(UUID.randomUUID().toString());
        send(proposalId, marker.drafted());
        await().until(() -> get("/api/calls/" + marker.callId()).getStatusCode().value() == 200);
        assertThat(mongo.findById(proposalId, Document.class, "callViews")).isNull();
        assertThat(get("/api/calls/" + proposalId).getStatusCode().value()).isEqualTo(404);
    }

    private void sendAndAwait(SpecificRecord event, String state) {
        send(event);
        String callId = CallThread.key(event);
        await().until(() -> get("/api/calls/" + callId).getBody(), view -> view != null && state.equals(view.get("state")));
    }

    private void send(SpecificRecord event) {
        send(CallThread.key(event), event);
    }

    private void send(String key, SpecificRecord event) {
        kafka.send(new ProducerRecord<>(CallThread.TOPIC, key.getBytes(StandardCharsets.UTF_8), codec.encode(event))).join();
    }

    private String inSession() {
        String id = schedule(LocalDate.now().plusDays(10));
        assertThat(post("/api/dialogues/" + id + "/session", Map.of()).getStatusCode().value()).isEqualTo(200);
        return id;
    }

    private String schedule(LocalDate date) {
        ResponseEntity<Map> scheduled = post("/api/dialogues", Map.of("title", "EU-Japan Joint Committee",
                "level", "JOINT_COMMITTEE", "date", date.toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B"))));
        assertThat(scheduled.getStatusCode().value()).as("%s", scheduled.getBody()).isEqualTo(201);
        return (String) scheduled.getBody().get("id");
    }

    private ResponseEntity<Map> post(String path, Object body) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, SECRETARIAT).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> get(String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, VIEWER).retrieve().toEntity(Map.class);
    }
}

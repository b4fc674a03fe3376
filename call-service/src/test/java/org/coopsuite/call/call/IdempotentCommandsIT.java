package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.JP_OFFICER;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.call.CallApi.callBody;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.avro.specific.SpecificRecord;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.platform.test.CrashedAnswers;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/**
 * A client's retry of a create command: sent again with its Idempotency-Key and body, it drafts
 * nothing twice and gets the first answer; the key with another body is refused; the key is the
 * caller's own. A retry after the service died between the command's write and the answer's
 * (the record left in progress past its 60 s: {@link CrashedAnswers}) runs the request again, and
 * that run finds the call or proposal the first one stored: one aggregate, one event, the first
 * answer's id and body.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class IdempotentCommandsIT {

    private static final String APPLICANT = CallApi.applicant("EU", "crash-applicant");

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    @Test
    void aRetriedDraftWithItsKeyDraftsOneCallAndAnswersTheFirstAnswerAgain() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("Resilient grids " + key);

        ResponseEntity<Map> first = draft(EU_OFFICER, key, body);
        ResponseEntity<Map> again = draft(EU_OFFICER, key, body);

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).isEqualTo(201);
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        String id = (String) first.getBody().get("id");
        try (EventProbe events = EventProbe.fromBeginning("coop.call.events")) {
            events.await(CallDrafted.class, e -> e.getCallId().equals(id));
            assertThat(events.events(CallDrafted.class, e -> e.getTitle().equals("Resilient grids " + key)))
                    .hasSize(1);
        }
    }

    @Test
    void theKeyWithAnotherBodyIsRefusedAndAnotherCallersKeyIsItsOwn() {
        String key = UUID.randomUUID().toString();
        assertThat(draft(EU_OFFICER, key, body("First " + key)).getStatusCode().value()).isEqualTo(201);

        ResponseEntity<Map> changed = draft(EU_OFFICER, key, body("Second " + key));
        ResponseEntity<Map> otherCaller = draft(JP_OFFICER, key, body("First " + key));
        ResponseEntity<Map> blankKey = draft(EU_OFFICER, " ", body("Third " + key));

        assertThat(changed.getStatusCode().value()).isEqualTo(422);
        assertThat(changed.getBody()).containsEntry("type", "urn:coop:problem:idempotency-key-reused");
        assertThat(otherCaller.getStatusCode().value()).as("%s", otherCaller.getBody()).isEqualTo(201);
        assertThat(otherCaller.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(blankKey.getStatusCode().value()).isEqualTo(400);
        assertThat(new CallApi(port).getList("/api/calls?size=100").stream().map(c -> (Map<?, ?>) c)
                .filter(c -> String.valueOf(c.get("title")).endsWith(key))).hasSize(2);
    }

    @Test
    void aDraftRetriedAfterItsServiceDiedBeforeTheAnswerWasKeptDraftsOneCallWithTheFirstAnswersId() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = body("Crash-proof grids " + key);
        CrashedAnswers crash = CrashedAnswers.noteRecords(mongo.getDb());
        ResponseEntity<Map> first = draft(EU_OFFICER, key, body);
        crash.leaveUnanswered();

        ResponseEntity<Map> again = draft(EU_OFFICER, key, body);

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).as("run again, not replayed").isNull();
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        String id = (String) first.getBody().get("id");
        CallApi api = new CallApi(port);
        assertThat(api.getList("/api/calls?size=100").stream().map(c -> (Map<?, ?>) c)
                .filter(c -> String.valueOf(c.get("title")).endsWith(key))).hasSize(1);
        assertThat(api.call(id)).containsEntry("version", 1);
        assertOneEvent(CallDrafted.class, e -> e.getTitle().equals("Crash-proof grids " + key), e -> e.getCallId().equals(id));
    }

    @Test
    void aProposalRetriedAfterItsServiceDiedBeforeTheAnswerWasKeptIsSubmittedOnceWithTheFirstAnswersId() {
        String call = openCall();
        String key = UUID.randomUUID().toString();
        CrashedAnswers crash = CrashedAnswers.noteRecords(mongo.getDb());
        ResponseEntity<Map> first = submit(call, key);
        crash.leaveUnanswered();

        ResponseEntity<Map> again = submit(call, key);

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).isNull();
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        String id = (String) first.getBody().get("id");
        assertThat(new CallApi(port).getList("/api/calls/" + call + "/proposals?size=100")).hasSize(1);
        assertOneEvent(ProposalSubmitted.class, e -> e.getCallId().equals(call), e -> e.getProposalId().equals(id));
    }

    /** Once the relay has published what is stored, the topic holds one event of the kind, the first run's. */
    private <E extends SpecificRecord> void assertOneEvent(Class<E> type, Predicate<E> ofThisTest, Predicate<E> first) {
        try (EventProbe events = EventProbe.fromBeginning("coop.call.events")) {
            events.await(type, ofThisTest);
            await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("calls")
                    .countDocuments(new org.bson.Document("outbox.0", new org.bson.Document("$exists", true))) == 0
                    && mongo.getCollection("proposals")
                    .countDocuments(new org.bson.Document("outbox.0", new org.bson.Document("$exists", true))) == 0);
            events.await(type, ofThisTest);
            assertThat(events.events(type, ofThisTest)).hasSize(1).allMatch(first);
        }
    }

    private String openCall() {
        CallApi api = new CallApi(port);
        String id = api.draft(callBody(LocalDate.now(clock), LocalDate.now(clock).plusDays(10)));
        api.command(id, "submission", EU_OFFICER);
        new FundingEvents(kafka, codec).publish(FundingEvents.secured("agr-" + id, id, 5,
                FundingEvents.budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(id)).containsEntry("state", "OPEN"));
        return id;
    }

    private ResponseEntity<Map> submit(String call, String key) {
        Map<String, Object> partner = Map.of("organisation", "TU Delft", "side", "EU", "role", "COORDINATOR",
                "requested", Map.of("amount", "100000", "currency", "EUR"));
        Map<String, Object> body = Map.of("acronym", "HEAT", "title", "Cooler streets", "openAccessStatement",
                "Open data.", "consortium", List.of(partner, Map.of("organisation", "Tokyo Univ", "side", "JP", "role",
                        "PARTNER", "requested", Map.of("amount", "20000000", "currency", "JPY"))));
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .post().uri("/api/calls/" + call + "/proposals").header(HttpHeaders.AUTHORIZATION, APPLICANT)
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .toEntity(Map.class);
    }

    private static Map<String, Object> body(String title) {
        Map<String, Object> body = new HashMap<>(callBody(LocalDate.now().plusDays(30), LocalDate.now().plusDays(90)));
        @SuppressWarnings("unchecked")
        Map<String, Object> content = new HashMap<>((Map<String, Object>) body.get("content"));
        content.put("title", title);
        body.put("content", content);
        return body;
    }

    private ResponseEntity<Map> draft(String token, String key, Map<String, Object> body) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .post().uri("/api/calls").header(HttpHeaders.AUTHORIZATION, token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }
}

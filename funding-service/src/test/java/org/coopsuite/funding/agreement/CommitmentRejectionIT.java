package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.funding.agreement.FundingApi.EU_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.JP_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.commitmentOf;
import static org.coopsuite.funding.agreement.FundingApi.fields;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.CrashedAnswers;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/**
 * Commitments that are refused, over HTTP against the real service: each answers with problem
 * details and leaves the agreement as it was, and none of them puts an event on the topic (an
 * accepted command follows on the same agreement: its event shares the partition, so a refused
 * command's event would be on the topic before it). And the one commitment sent again that is not
 * refused: a retry under its Idempotency-Key after the service died before the answer was kept.
 */
@ServiceIntegrationTest
class CommitmentRejectionIT {

    private static final String FUNDING = "coop.funding.events";

    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    private FundingApi api;
    private CallEventsFixture calls;
    private final String callId = UUID.randomUUID().toString();
    private final String agreementId = Agreement.idFor(callId);

    @BeforeEach
    void openAgreement() {
        api = new FundingApi(port);
        calls = new CallEventsFixture(kafka, codec);
        calls.send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);
    }

    @Test
    void refusesACommitmentForAnotherSideOrAgencyOrWithoutTheRole() {
        String amedOfficer = TestTokens.as(Role.FUNDING_OFFICER).side("JP").agency("AMED").bearer();
        String viewer = TestTokens.as(Role.VIEWER).side("JP").agency("JST").bearer();

        assertThat(api.commit(agreementId, EU_OFFICER, "JP", "JST", 1, "JPY").getStatusCode().value()).isEqualTo(403);
        assertThat(api.commit(agreementId, amedOfficer, "JP", "JST", 1, "JPY").getStatusCode().value()).isEqualTo(403);
        assertThat(api.commit(agreementId, viewer, "JP", "JST", 1, "JPY").getStatusCode().value()).isEqualTo(403);
        assertThat(api.commit(agreementId, EU_OFFICER, "EU", "JST", "1.00", "EUR").getStatusCode().value()).isEqualTo(403);

        assertNothingStoredOrEmitted();
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "EUR, 100, amount.currency",
        "JPY, -100, amount.amount",
        "JPY, 0, amount.amount",
        "JPY, 1000000000001, amount.amount",
        "JPY, 1E+30, amount.amount",
        "JPY, 100.5, amount.amount"})
    void refusesABadAmountNamingTheField(String currency, String amount, String field) {
        ResponseEntity<Map> response = api.commit(agreementId, JP_OFFICER, "JP", "JST", amount, currency);

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(fields(response)).containsExactly(field);
        assertNothingStoredOrEmitted();
    }

    @Test
    void refusesAnAmountWithMoreDecimalsThanTheEuro() {
        ResponseEntity<Map> response = api.commit(agreementId, EU_OFFICER, "EU", "REA", "10.001", "EUR");

        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(response)).containsExactly("amount.amount");
        assertNothingStoredOrEmitted();
    }

    @Test
    void refusesCommitmentsAndWithdrawalsAfterAllocationNamingTheState() {
        api.commit(agreementId, EU_OFFICER, "EU", "REA", "1000000.00", "EUR");
        Map<String, Object> secured = api.commit(agreementId, JP_OFFICER, "JP", "JST", 100000000, "JPY").getBody();
        calls.send(callId, CallEventsFixture.results(callId, List.of(), List.of()));
        await().until(() -> api.get("/api/agreements/" + agreementId).get("state"), "ALLOCATED"::equals);
        String euCommitment = commitmentOf(secured, "EU");

        ResponseEntity<Map> commit = api.commit(agreementId, EU_OFFICER, "EU", "REA", "1.00", "EUR");
        ResponseEntity<Map> withdraw = api.withdraw(agreementId, euCommitment, EU_OFFICER, "1.00", "EUR");

        assertThat(commit.getStatusCode().value()).isEqualTo(409);
        assertThat(commit.getBody()).containsEntry("currentState", "ALLOCATED");
        assertThat(withdraw.getStatusCode().value()).isEqualTo(409);
        assertThat(api.topUp(agreementId, euCommitment, EU_OFFICER, "1.00", "EUR").getStatusCode().value()).isEqualTo(200);
        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            events.await(FundingToppedUp.class, e -> e.getAgreementId().equals(agreementId));
            assertThat(events.events(FundingCommitted.class, e -> e.getAgreementId().equals(agreementId))).hasSize(2);
            assertThat(events.events(FundingWithdrawn.class, e -> e.getAgreementId().equals(agreementId))).isEmpty();
        }
    }

    @Test
    void refusesAWithdrawalBeyondTheCommitmentOrBelowASecuredSidesBudget() {
        api.commit(agreementId, JP_OFFICER, "JP", "JST", 100000000, "JPY");
        Map<String, Object> secured = api.commit(agreementId, EU_OFFICER, "EU", "REA", "1000000.00", "EUR").getBody();
        String euCommitment = commitmentOf(secured, "EU");

        ResponseEntity<Map> beyond = api.withdraw(agreementId, euCommitment, EU_OFFICER, "1000000.01", "EUR");
        ResponseEntity<Map> belowBudget = api.withdraw(agreementId, euCommitment, EU_OFFICER, "0.01", "EUR");
        ResponseEntity<Map> byAnotherAgency = api.withdraw(agreementId, euCommitment,
                TestTokens.as(Role.FUNDING_OFFICER).side("EU").agency("ERCEA").bearer(), "0.01", "EUR");

        assertThat(beyond.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(beyond)).containsExactly("amount");
        assertThat(belowBudget.getStatusCode().value()).isEqualTo(409);
        assertThat(belowBudget.getBody()).containsEntry("currentState", "SECURED");
        assertThat(byAnotherAgency.getStatusCode().value()).isEqualTo(403);
        assertThat(api.topUp(agreementId, euCommitment, EU_OFFICER, "0.01", "EUR").getStatusCode().value()).isEqualTo(200);
        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            events.await(FundingToppedUp.class, e -> e.getAgreementId().equals(agreementId));
            assertThat(events.events(FundingWithdrawn.class, e -> e.getAgreementId().equals(agreementId))).isEmpty();
        }
    }

    @Test
    void refusesASecondCommitmentOfOneAgencyAsARetryWouldSendItPointingAtTheTopUp() {
        Map<String, Object> first = api.commit(agreementId, JP_OFFICER, "JP", "JST", "5", "JPY").getBody();

        ResponseEntity<Map> again = api.commit(agreementId, JP_OFFICER, "JP", "JST", "5", "JPY");

        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat((String) again.getBody().get("detail")).contains("commit twice for one agency")
                .contains("/commitments/" + commitmentOf(first, "JP") + "/top-ups");
        assertThat(api.get("/api/agreements/" + agreementId)).containsEntry("version", 2);
        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            events.await(FundingCommitted.class, e -> e.getAgreementId().equals(agreementId));
            assertThat(events.events(FundingCommitted.class, e -> e.getAgreementId().equals(agreementId))).hasSize(1);
        }
    }

    @Test
    void aCommitmentRetriedAfterItsServiceDiedBeforeTheAnswerWasKeptIsCommittedOnceAndAnsweredAsTheFirst() {
        String key = UUID.randomUUID().toString();
        CrashedAnswers crash = CrashedAnswers.noteRecords(mongo.getDb());
        ResponseEntity<Map> first = commitWithKey(key);
        crash.leaveUnanswered();

        ResponseEntity<Map> again = commitWithKey(key);

        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).as("%s", again.getBody()).isEqualTo(201);
        assertThat(again.getHeaders().getFirst("Idempotent-Replayed")).as("run again, not replayed").isNull();
        assertThat(again.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
        assertThat(again.getBody()).isEqualTo(first.getBody());
        assertThat(api.get("/api/agreements/" + agreementId)).containsEntry("version", 2);
        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            events.await(FundingCommitted.class, e -> e.getAgreementId().equals(agreementId));
            await().until(() -> mongo.getCollection("agreements")
                    .countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
            assertThat(events.events(FundingCommitted.class, e -> e.getAgreementId().equals(agreementId)))
                    .singleElement().satisfies(e -> assertThat(e.getCommitmentId()).isEqualTo(commitmentOf(first.getBody(), "JP")));
        }
    }

    /** As a client sends it: with its key, and the version it read (stale for a second run). */
    private ResponseEntity<Map> commitWithKey(String key) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build().post()
                .uri("/api/agreements/" + agreementId + "/commitments").header(HttpHeaders.AUTHORIZATION, JP_OFFICER)
                .header("Idempotency-Key", key).header(HttpHeaders.IF_MATCH, "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("side", "JP", "agency", "JST", "amount", Map.of("amount", "5", "currency", "JPY")))
                .retrieve().toEntity(Map.class);
    }

    /** The agreement is as opened; then one accepted commitment, and it is the only one on the topic. */
    private void assertNothingStoredOrEmitted() {
        Map<String, Object> agreement = api.get("/api/agreements/" + agreementId);
        assertThat(agreement).containsEntry("version", 1).containsEntry("commitments", List.of());
        assertThat(api.commit(agreementId, JP_OFFICER, "JP", "JST", "5", "JPY").getStatusCode().value()).isEqualTo(201);
        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            events.await(FundingCommitted.class, e -> e.getAgreementId().equals(agreementId));
            assertThat(events.events(FundingCommitted.class, e -> e.getAgreementId().equals(agreementId)))
                    .extracting(e -> e.getSide() + " " + e.getAgency() + " " + e.getAmount().getAmount())
                    .containsExactly("JP JST 5");
        }
    }
}

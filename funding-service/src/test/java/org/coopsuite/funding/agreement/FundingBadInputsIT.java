package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;

import org.coopsuite.platform.test.BadInputWalk;
import org.coopsuite.platform.test.BadInputWalk.Probe;
import org.coopsuite.platform.test.BadInputs;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.OpenApiDocument;
import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input to funding-service, generated from its OpenAPI schemas and written by hand for its
 * money rules: each a 4xx problem naming the problem, none a 5xx; the agreement keeps its version
 * and the funding topic its end offsets. And one command sent by eight clients at once: with one
 * {@code If-Match} (one made, the others refused with a problem) and under one
 * {@code Idempotency-Key} (one made, each client given its answer): one effect, one event.
 */
@ServiceIntegrationTest
class FundingBadInputsIT {

    private static final Logger log = LoggerFactory.getLogger(FundingBadInputsIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CLIENTS = 8;

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;

    @Test
    void refusesEveryBadInputWithAProblemNamingItAndStoresAndPublishesNothing() {
        String callId = UUID.randomUUID().toString();
        FundingApi api = new FundingApi(port);
        new CallEventsFixture(kafka, codec).send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);
        String agreement = Agreement.idFor(callId);
        String commitment = FundingApi.commitmentOf(api.commit(agreement, FundingApi.EU_OFFICER, "EU", "REA", "1000.00",
                "EUR").getBody(), "EU");
        String base = "/api/agreements/" + agreement;
        Map<String, Object> document = OpenApiDocument.document(port);
        List<Probe> probes = new ArrayList<>();
        add(probes, document, "/api/agreements/{id}/commitments", base + "/commitments", FundingApi.JP_OFFICER,
                Map.of("side", "JP", "agency", "JST", "amount", Map.of("amount", "800000000", "currency", "JPY"),
                        "committedOn", "2026-01-05", "rateToAgreementCurrency", "0.006"));
        add(probes, document, "/api/agreements/{id}/mechanism", base + "/mechanism", FundingApi.EU_OFFICER,
                Map.of("mechanism", "MIXED", "agreementCurrency", "EUR", "pooledSharePercent", 30));
        add(probes, document, "/api/agreements/{id}/commitments/{commitmentId}/top-ups", base + "/commitments/" + commitment
                + "/top-ups", FundingApi.EU_OFFICER, Map.of("amount", Map.of("amount", "10.00", "currency", "EUR")));
        int generated = probes.size();
        byHand(probes, base, commitment);

        BadInputWalk.Outcome outcome = BadInputWalk.walk(port, probes, () -> stored(agreement), "coop.funding.events");

        log.info("{} bad inputs ({} generated from the OpenAPI schemas, {} by hand): {} by status", outcome.sent(),
                generated, outcome.sent() - generated, outcome.byStatus());
        assertThat(outcome.failures()).as("bad inputs not refused with a problem naming them").isEmpty();
        assertThat(probes).extracting(Probe::name).doesNotHaveDuplicates();
    }

    @Test
    void theSameTopUpSentByEightClientsAtOnceWithOneIfMatchIsMadeOnceAndTheOthersAreRefusedWithAProblem()
            throws Exception {
        String agreement = committed();
        String commitment = FundingApi.commitmentOf(new FundingApi(port).get("/api/agreements/" + agreement), "EU");

        List<ResponseEntity<String>> answers = AtOnce.send(CLIENTS, () -> topUp(agreement, commitment, "\"2\"", null));

        log.info("{} top-ups at once with If-Match \"2\": {}", CLIENTS, byStatus(answers));
        assertThat(answers).filteredOn(answer -> answer.getStatusCode().is2xxSuccessful()).hasSize(1);
        assertThat(answers).filteredOn(answer -> !answer.getStatusCode().is2xxSuccessful()).hasSize(CLIENTS - 1)
                .allSatisfy(answer -> {
                    assertThat(answer.getStatusCode().value()).as(answer.getBody()).isIn(409, 412);
                    assertThat(answer.getHeaders().getContentType()).hasToString("application/problem+json");
                });
        assertToppedUpOnce(agreement);
    }

    @Test
    void theSameTopUpSentByEightClientsAtOnceUnderOneIdempotencyKeyIsMadeOnceAndEachGetsItsAnswer() throws Exception {
        String agreement = committed();
        String commitment = FundingApi.commitmentOf(new FundingApi(port).get("/api/agreements/" + agreement), "EU");
        String key = UUID.randomUUID().toString();

        List<ResponseEntity<String>> answers = AtOnce.send(CLIENTS, () -> topUp(agreement, commitment, null, key));

        log.info("{} top-ups at once under one Idempotency-Key: {}", CLIENTS, byStatus(answers));
        List<ResponseEntity<String>> made = answers.stream().filter(answer -> answer.getStatusCode().value() == 200).toList();
        assertThat(made).isNotEmpty().extracting(ResponseEntity::getBody).containsOnly(made.get(0).getBody());
        assertThat(made).filteredOn(answer -> answer.getHeaders().getFirst("Idempotent-Replayed") == null).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.getStatusCode().value() != 200).allSatisfy(answer -> {
            assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(409);
            assertThat(answer.getBody()).contains("urn:coop:problem:request-in-progress");
            assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("1");
        });
        for (ResponseEntity<String> inProgress : answers.stream().filter(answer -> answer.getStatusCode().value() != 200)
                .toList()) {
            ResponseEntity<String> retried = await().pollDelay(Duration.ZERO).pollInterval(Duration.ofSeconds(1))
                    .until(() -> topUp(agreement, commitment, null, key), answer -> answer.getStatusCode().value() != 409);
            assertThat(retried.getStatusCode().value()).as("%s, then %s", inProgress.getBody(), retried.getBody())
                    .isEqualTo(200);
            assertThat(retried.getBody()).isEqualTo(made.get(0).getBody());
        }
        assertToppedUpOnce(agreement);
    }

    /** An agreement with the EU's REA commitment of 1,000.00 EUR: at version 2. */
    private String committed() {
        String callId = UUID.randomUUID().toString();
        FundingApi api = new FundingApi(port);
        new CallEventsFixture(kafka, codec).send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);
        String agreement = Agreement.idFor(callId);
        assertThat(api.commit(agreement, FundingApi.EU_OFFICER, "EU", "REA", "1000.00", "EUR").getStatusCode().value())
                .isEqualTo(201);
        return agreement;
    }

    private ResponseEntity<String> topUp(String agreement, String commitment, String ifMatch, String key) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build().post()
                .uri("/api/agreements/" + agreement + "/commitments/" + commitment + "/top-ups")
                .header(HttpHeaders.AUTHORIZATION, FundingApi.EU_OFFICER)
                .headers(headers -> {
                    if (ifMatch != null) {
                        headers.setIfMatch(ifMatch);
                    }
                    if (key != null) {
                        headers.set("Idempotency-Key", key);
                    }
                })
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("amount", Map.of("amount", "10.00", "currency", "EUR")))
                .retrieve().toEntity(String.class);
    }

    /** One top-up stored (10.00 EUR more, one version on) and one published, nothing left in the outbox. */
    private void assertToppedUpOnce(String agreement) {
        Map<String, Object> stored = new FundingApi(port).get("/api/agreements/" + agreement);
        assertThat(stored).containsEntry("version", 3);
        assertThat(FundingApi.side(stored, "EU").get("committed")).containsEntry("amount", "1010.00");
        try (EventProbe events = EventProbe.fromBeginning("coop.funding.events")) {
            events.await(FundingToppedUp.class, e -> e.getAgreementId().equals(agreement));
            await().until(() -> mongo.getCollection(AgreementService.COLLECTION)
                    .countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
            assertThat(events.events(FundingToppedUp.class, e -> e.getAgreementId().equals(agreement))).hasSize(1);
        }
    }

    private static Map<Integer, Long> byStatus(List<ResponseEntity<String>> answers) {
        return answers.stream().collect(Collectors.groupingBy(answer -> answer.getStatusCode().value(), TreeMap::new,
                Collectors.counting()));
    }

    private static void byHand(List<Probe> probes, String base, String commitment) {
        String jp = FundingApi.JP_OFFICER;
        probes.add(Probe.of("0.5 JPY committed", commit(base, jp, "JP", "JST", "0.5", "JPY"), "amount.amount"));
        probes.add(Probe.of("EUR for a JP commitment", commit(base, jp, "JP", "JST", "5", "EUR"), "amount.currency"));
        probes.add(Probe.of("a negative commitment", commit(base, jp, "JP", "JST", "-5", "JPY"), "amount.amount"));
        probes.add(Probe.of("zero committed", commit(base, jp, "JP", "JST", "0", "JPY"), "amount.amount"));
        probes.add(Probe.of("over 10^12 JPY", commit(base, jp, "JP", "JST", "1000000000001", "JPY"), "amount.amount"));
        probes.add(new Probe("an agency of another side", commit(base, jp, "JP", "REA", "5", "JPY"), 403, "REA"));
        probes.add(new Probe("for another side", commit(base, jp, "EU", "REA", "5", "EUR"), 403, "REA"));
        probes.add(Probe.of("a commitment dated in the future", json(base + "/commitments", jp, Map.of("side", "JP",
                "agency", "JST", "amount", Map.of("amount", "5", "currency", "JPY"), "committedOn", "2999-01-01")), "committedOn"));
        probes.add(Probe.of("0.001 EUR topped up", json(base + "/commitments/" + commitment + "/top-ups", FundingApi.EU_OFFICER,
                Map.of("amount", Map.of("amount", "0.001", "currency", "EUR"))), "amount.amount"));
        probes.add(Probe.of("withdrawing more than committed", json(base + "/commitments/" + commitment + "/withdrawals",
                FundingApi.EU_OFFICER, Map.of("amount", Map.of("amount", "1000000", "currency", "EUR"))), "amount"));
        probes.add(new Probe("an unknown commitment", json(base + "/commitments/no-such/top-ups", FundingApi.EU_OFFICER,
                Map.of("amount", Map.of("amount", "1", "currency", "EUR"))), 404, "no-such"));
        probes.add(new Probe("a stale If-Match", json(base + "/mechanism", FundingApi.EU_OFFICER,
                Map.of("mechanism", "VIRTUAL_COMMON_POT")).withHeader("If-Match", "\"42\""), 409, "version"));
        probes.add(new Probe("a mechanism after the first commitment", json(base + "/mechanism", FundingApi.EU_OFFICER,
                Map.of("mechanism", "REAL_COMMON_POT", "agreementCurrency", "EUR")), 409, "with commitments"));
        probes.add(new Probe("an operator object as an agreement id", RawHttp.Request.of("GET",
                "/api/agreements/%7B%22%24gt%22%3A%22%22%7D").withHeader("Authorization", FundingApi.VIEWER), 404, "Agreement"));
        for (String query : List.of("page=10001", "page=-1", "size=101", "size=0", "state=NO_SUCH_STATE")) {
            probes.add(Probe.of("GET /api/agreements?" + query, RawHttp.Request.of("GET", "/api/agreements?" + query)
                    .withHeader("Authorization", FundingApi.VIEWER), query.substring(0, query.indexOf('='))));
        }
    }

    private static RawHttp.Request commit(String base, String bearer, String side, String agency, String amount,
            String currency) {
        return json(base + "/commitments", bearer, Map.of("side", side, "agency", agency,
                "amount", Map.of("amount", amount, "currency", currency)));
    }

    private static void add(List<Probe> probes, Map<String, Object> document, String template, String path, String bearer,
            Map<String, Object> good) {
        for (BadInputs.Case bad : BadInputs.of(document, "POST", template, good)) {
            probes.add(Probe.of(bad.name(), json(path, bearer, bad.body()), bad.field()));
        }
    }

    private static RawHttp.Request json(String path, String bearer, Object body) {
        return RawHttp.Request.json("POST", path, JSON.writeValueAsString(body)).withHeader("Authorization", bearer);
    }

    private Map<String, Long> stored(String agreement) {
        Map<String, Long> state = new LinkedHashMap<>();
        state.put("agreements", mongo.getCollection(AgreementService.COLLECTION).countDocuments());
        state.put("version", ((Number) new FundingApi(port).get("/api/agreements/" + agreement).get("version")).longValue());
        return state;
    }
}

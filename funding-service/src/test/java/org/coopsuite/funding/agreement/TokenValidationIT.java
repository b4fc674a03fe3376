package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.platform.test.TokenAttacks;
import org.coopsuite.platform.test.TokenAttacks.Attack;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Issue 26's token attacks ({@link TokenAttacks}, shared by the three services) on a read and a
 * command of funding-service, made from an EU funding officer's (REA) token: each a 401 or a 403
 * with a problem body, none a 5xx, and the commitment stores nothing. Then the funding officer's
 * own token commits once, and its event is the only commitment of the agreement on the topic (it
 * shares the partition, so a refused command's event would be before it).
 */
@ServiceIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TokenValidationIT {

    private static final TokenAttacks EU_OFFICER = TokenAttacks.of("EU", "REA", "FUNDING_OFFICER");
    private static final String COMMITMENT = """
            {"side": "EU", "agency": "REA", "amount": {"amount": "1000.00", "currency": "EUR"}}""";

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;

    private String agreement;

    @BeforeAll
    void openAnAgreement() {
        String callId = UUID.randomUUID().toString();
        new CallEventsFixture(kafka, codec).send(callId, CallEventsFixture.submitted(callId));
        new FundingApi(port).awaitAgreementOf(callId);
        agreement = Agreement.idFor(callId);
    }

    List<Attack> refusedTokens() {
        return EU_OFFICER.refused();
    }

    /** Tokens well made, whose funding officer may not make this commitment for EU's REA. */
    List<Attack> officersOfAnotherAgency() {
        return List.of(
                new Attack("another agency of the side", TokenAttacks.of("EU", "ERCEA", "FUNDING_OFFICER").good(), 403),
                new Attack("a funding officer of another side", TokenAttacks.of("JP", "JST", "FUNDING_OFFICER").good(), 403),
                new Attack("the side's viewer", TokenAttacks.of("EU", null, "VIEWER").good(), 403));
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedTokens")
    void refusesTheTokenOnAReadAndACommandAndStoresNothing(Attack attack) {
        Map<String, Long> before = stored();

        TokenAttacks.assertRefused(attack, RawHttp.send(port, attack.on(read())));
        TokenAttacks.assertRefused(attack, RawHttp.send(port, attack.on(commit())));

        assertThat(stored()).as(attack.name()).isEqualTo(before);
    }

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("officersOfAnotherAgency")
    void refusesTheCommitmentToAValidTokenOfAnotherAgencyAndStoresNothing(Attack attack) {
        Map<String, Long> before = stored();

        assertThat(RawHttp.send(port, attack.on(read())).status()).isEqualTo(200);
        TokenAttacks.assertRefused(attack, RawHttp.send(port, attack.on(commit())));

        assertThat(stored()).as(attack.name()).isEqualTo(before);
    }

    @Order(2)
    @Test
    void acceptsAWellFormedTokenAndOneJustExpiredWithinTheClockSkew() {
        assertThat(RawHttp.send(port, read().withHeader("Authorization", TestTokens.bearer(EU_OFFICER.good()))).status())
                .isEqualTo(200);
        assertThat(RawHttp.send(port, read().withHeader("Authorization",
                TestTokens.bearer(EU_OFFICER.justExpiredWithinTheClockSkew()))).status()).isEqualTo(200);
    }

    @Order(3)
    @Test
    void theFundingOfficersOwnTokenCommitsOnceAndTheAttacksLeftNoEvent() {
        RawHttp.Answer committed = RawHttp.send(port, commit().withHeader("Authorization",
                TestTokens.bearer(EU_OFFICER.good())));

        assertThat(committed.status()).as(committed.body()).isEqualTo(201);
        assertThat(stored()).containsEntry("version", 2L);
        try (EventProbe events = EventProbe.fromBeginning("coop.funding.events")) {
            events.await(FundingCommitted.class, e -> e.getAgreementId().equals(agreement));
            assertThat(events.events(FundingCommitted.class, e -> e.getAgreementId().equals(agreement))).hasSize(1);
        }
    }

    private RawHttp.Request read() {
        return RawHttp.Request.of("GET", "/api/agreements/" + agreement);
    }

    private RawHttp.Request commit() {
        return RawHttp.Request.json("POST", "/api/agreements/" + agreement + "/commitments", COMMITMENT);
    }

    private Map<String, Long> stored() {
        Map<String, Long> state = new LinkedHashMap<>();
        state.put("agreements", mongo.getCollection(AgreementService.COLLECTION).countDocuments());
        state.put("version", ((Number) new FundingApi(port).get("/api/agreements/" + agreement).get("version")).longValue());
        return state;
    }
}

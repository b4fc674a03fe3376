package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.funding.agreement.CallEventsFixture.ranked;
import static org.coopsuite.funding.agreement.FundingApi.EU_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.JP_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.fields;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.AgreementChangeConsented;
import org.coopsuite.schemas.funding.AgreementClosed;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingMechanismChosen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/** A real common pot chosen, pledged at fixed rates, allocated and closed, over HTTP, Kafka and MongoDB. */
@ServiceIntegrationTest
class MechanismIT {

    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @LocalServerPort
    int port;

    @Test
    void poolsThePledgesAtTheirRatesAllocatesAndCloses() {
        String callId = UUID.randomUUID().toString();
        String id = Agreement.idFor(callId);
        CallEventsFixture calls = new CallEventsFixture(kafka, codec);
        FundingApi api = new FundingApi(port);
        calls.send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);

        Map<String, Object> realPot = Map.of("mechanism", "REAL_COMMON_POT", "agreementCurrency", "EUR");
        ResponseEntity<Map> euAlone = api.post("/api/agreements/" + id + "/mechanism", EU_OFFICER, realPot);
        assertThat(euAlone.getStatusCode().value()).as("one side's consent, the other's awaited").isEqualTo(202);
        assertThat(euAlone.getBody()).containsEntry("mechanism", "VIRTUAL_COMMON_POT");
        assertThat(api.post("/api/agreements/" + id + "/mechanism", JP_OFFICER, realPot).getBody())
                .containsEntry("mechanism", "REAL_COMMON_POT").containsEntry("agreementCurrency", "EUR")
                .containsEntry("consents", List.of());
        ResponseEntity<Map> withoutRate = api.commit(id, JP_OFFICER, "JP", "JST", "100000000", "JPY");
        assertThat(withoutRate.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(withoutRate)).containsExactly("rateToAgreementCurrency");
        pledge(api, id, EU_OFFICER, "EU", "REA", "1000000.00", "EUR", "1");
        Map<String, Object> secured = pledge(api, id, JP_OFFICER, "JP", "JST", "100000000", "JPY", "0.006");
        assertThat(secured).containsEntry("state", "SECURED");
        assertThat((Map<String, Object>) secured.get("pool")).containsEntry("contributions", Map.of(
                "EU", Map.of("amount", "1000000.00", "currency", "EUR"), "JP", Map.of("amount", "600000.00", "currency", "EUR")));
        assertThat(api.post("/api/agreements/" + id + "/mechanism", EU_OFFICER, Map.of("mechanism", "VIRTUAL_COMMON_POT"))
                .getStatusCode().value()).isEqualTo(409);

        calls.send(callId, CallEventsFixture.results(callId,
                List.of(ranked("p-1", 1, "EU:TU Delft:500000.00", "JP:Kyoto:150000000")), List.of()));
        await().until(() -> api.get("/api/agreements/" + id).get("state"), "ALLOCATED"::equals);
        assertThat((Map<String, Object>) api.get("/api/agreements/" + id).get("pool"))
                .containsEntry("spent", Map.of("amount", "1400000.00", "currency", "EUR"));

        assertThat(api.post("/api/agreements/" + id + "/closure", TestTokensFor.KOREA, Map.of()).getStatusCode().value())
                .isEqualTo(403);
        ResponseEntity<Map> jpAlone = api.post("/api/agreements/" + id + "/closure", JP_OFFICER, Map.of());
        assertThat(jpAlone.getStatusCode().value()).as("one side alone does not close").isEqualTo(202);
        assertThat(jpAlone.getBody()).containsEntry("state", "ALLOCATED");
        assertThat(api.post("/api/agreements/" + id + "/closure", EU_OFFICER, Map.of()).getBody())
                .containsEntry("state", "CLOSED");
        assertThat(api.post("/api/agreements/" + id + "/closure", JP_OFFICER, Map.of()).getBody())
                .containsEntry("currentState", "CLOSED");
        try (EventProbe events = EventProbe.fromBeginning("coop.funding.events")) {
            events.await(AgreementClosed.class, e -> e.getAgreementId().equals(id));
            assertThat(events.events(AgreementChangeConsented.class, e -> e.getAgreementId().equals(id)))
                    .extracting(e -> e.getChange() + " " + e.getSide() + " awaiting " + e.getAwaitingSides())
                    .containsExactly("MECHANISM EU awaiting [JP]", "MECHANISM JP awaiting []", "CLOSURE JP awaiting [EU]",
                            "CLOSURE EU awaiting []");
            assertThat(events.events(FundingMechanismChosen.class, e -> e.getAgreementId().equals(id)))
                    .extracting(FundingMechanismChosen::getMechanism).containsExactly(FundingMechanism.REAL_COMMON_POT);
            assertThat(events.events(FundingCommitted.class, e -> e.getAgreementId().equals(id)))
                    .extracting(FundingCommitted::getRateToAgreementCurrency).containsExactly("1", "0.006");
        }
    }

    private static Map<String, Object> pledge(FundingApi api, String id, String token, String side, String agency,
            String amount, String currency, String rate) {
        return api.post("/api/agreements/" + id + "/commitments", token, Map.of("side", side, "agency", agency,
                "amount", Map.of("amount", amount, "currency", currency), "rateToAgreementCurrency", rate)).getBody();
    }

    /** A funding officer of a side that takes part in no agreement here. */
    private static final class TestTokensFor {
        static final String KOREA = org.coopsuite.platform.test.TestTokens.as(org.coopsuite.infra.token.Role.FUNDING_OFFICER)
                .side("KR").agency("NRF").bearer();
    }
}

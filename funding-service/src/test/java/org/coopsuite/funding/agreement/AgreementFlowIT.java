package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.funding.agreement.CallEventsFixture.ranked;
import static org.coopsuite.funding.agreement.FundingApi.EU_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.JP_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.commitmentOf;
import static org.coopsuite.funding.agreement.FundingApi.side;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A call's co-funding over Kafka, HTTP and MongoDB: the call's events (real Avro on the broker)
 * open its agreement and bring its results; funding officers commit and top up over HTTP; the
 * agreement's events come out on {@code coop.funding.events}.
 */
@ServiceIntegrationTest
class AgreementFlowIT {

    private static final String FUNDING = "coop.funding.events";

    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @LocalServerPort
    int port;

    private CallEventsFixture calls;
    private FundingApi api;
    private final String callId = UUID.randomUUID().toString();
    private final String agreementId = Agreement.idFor(callId);

    @BeforeEach
    void setUp() {
        calls = new CallEventsFixture(kafka, codec);
        api = new FundingApi(port);
    }

    @Test
    void opensOneAgreementPerCallEvenWhenTheCallArrivesTwice() {
        byte[] submitted = calls.encode(CallEventsFixture.submitted(callId));
        calls.send(callId, submitted);
        calls.send(callId, submitted);

        Map<String, Object> agreement = api.awaitAgreementOf(callId);

        assertThat(agreement).containsEntry("id", agreementId).containsEntry("state", "PENDING_COMMITMENTS")
                .containsEntry("mechanism", "VIRTUAL_COMMON_POT").containsEntry("participatingSides", List.of("EU", "JP"));
        assertThat(side(agreement, "JP").get("indicative")).isEqualTo(Map.of("amount", "100000000", "currency", "JPY"));
        assertThat(api.get("/api/agreements/" + agreementId)).containsEntry("callId", callId);
        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            events.await(AgreementOpened.class, e -> e.getAgreementId().equals(agreementId));
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                    .until(() -> events.events(AgreementOpened.class, e -> e.getAgreementId().equals(agreementId)).size() == 1);
        }
    }

    @Test
    void securesTheAgreementOnceBothSidesHaveCommitted() {
        calls.send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);

        assertThat(api.commit(agreementId, EU_OFFICER, "EU", "REA", "1000000.00", "EUR").getBody())
                .containsEntry("state", "PENDING_COMMITMENTS");
        assertThat(api.commit(agreementId, JP_OFFICER, "JP", "JST", 100000000, "JPY").getBody())
                .containsEntry("state", "SECURED");

        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            CoFundingSecured secured = events.await(CoFundingSecured.class, e -> e.getAgreementId().equals(agreementId));
            assertThat(secured.getCallId()).isEqualTo(callId);
            assertThat(secured.getSecured()).extracting(s -> s.getSide() + " " + s.getAmount().getAmount() + " "
                    + s.getAmount().getCurrency()).containsExactly("EU 1000000.00 EUR", "JP 100000000 JPY");
            // the officers' requests act on the call's cooperation thread: their events carry its correlation id
            AgreementOpened opened = events.await(AgreementOpened.class, e -> e.getAgreementId().equals(agreementId));
            assertThat(secured.getMeta().getCorrelationId()).isEqualTo(opened.getMeta().getCorrelationId());
        }
    }

    @Test
    void allocatesResultsOnceWithOneShortfallThatATopUpResolvesBeforeFundingTheReserve() {
        Map<String, Object> secured = secure();
        byte[] results = calls.encode(CallEventsFixture.results(callId, List.of(
                ranked("p-1", 1, "EU:TU Delft:400000.00", "EU:Inria:200000.00", "JP:Kyoto:60000000", "US:MIT:self"),
                ranked("p-2", 2, "EU:KTH:300000.00", "JP:Osaka:50000000")),
                List.of(ranked("r-1", 3, "EU:Lund:100000.00", "JP:Keio:5000000"))));

        calls.send(callId, results);
        calls.send(callId, results);

        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            AllocationCompleted completed = events.await(AllocationCompleted.class, e -> e.getAgreementId().equals(agreementId));
            assertThat(completed.getGrants()).isEqualTo(3);
            assertThat(completed.getShortfalls()).isEqualTo(1);
            FundingShortfallDetected shortfall = events.await(FundingShortfallDetected.class,
                    e -> e.getAgreementId().equals(agreementId));
            assertThat(shortfall.getProposalId() + " " + shortfall.getSide() + " " + shortfall.getMissing().getAmount())
                    .isEqualTo("p-2 JP 10000000");
            assertThat(events.events(GrantAllocated.class, e -> e.getAgreementId().equals(agreementId)))
                    .extracting(g -> g.getProposalId() + " " + g.getSide() + " " + g.getAmount().getAmount())
                    .containsExactly("p-1 EU 600000.00", "p-1 JP 60000000", "p-2 EU 300000.00");
            // the results delivered twice: a second allocation would show within the wait
            await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() ->
                    events.events(AllocationCompleted.class, e -> e.getAgreementId().equals(agreementId)).size() == 1
                            && events.events(GrantAllocated.class, e -> e.getAgreementId().equals(agreementId)).size() == 3);
        }

        Map<String, Object> after = api.topUp(agreementId, commitmentOf(secured, "JP"), JP_OFFICER, 15000000, "JPY")
                .getBody();

        assertThat(after).containsEntry("state", "ALLOCATED").containsEntry("reserve", List.of());
        assertThat(side(after, "JP").get("remaining")).isEqualTo(Map.of("amount", "0", "currency", "JPY"));
        assertThat(side(after, "EU").get("allocated")).isEqualTo(Map.of("amount", "1000000.00", "currency", "EUR"));
        try (EventProbe events = EventProbe.fromBeginning(FUNDING)) {
            events.await(FundingShortfallResolved.class, e -> e.getAgreementId().equals(agreementId)
                    && e.getProposalId().equals("p-2"));
            assertThat(events.await(GrantAllocated.class, e -> e.getAgreementId().equals(agreementId)
                    && e.getProposalId().equals("r-1") && e.getSide().equals("JP")).getFromReserve()).isTrue();
            assertThat(events.events(GrantAllocated.class, e -> e.getAgreementId().equals(agreementId)))
                    .extracting(g -> g.getProposalId() + " " + g.getSide()).containsExactly("p-1 EU", "p-1 JP", "p-2 EU",
                            "p-2 JP", "r-1 EU", "r-1 JP");
        }
    }

    /** The call's agreement, secured with exactly the indicative budgets; the JP commitment's response. */
    private Map<String, Object> secure() {
        calls.send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);
        api.commit(agreementId, EU_OFFICER, "EU", "REA", "1000000.00", "EUR");
        Map<String, Object> secured = api.commit(agreementId, JP_OFFICER, "JP", "JST", "100000000", "JPY").getBody();
        assertThat(secured).containsEntry("state", "SECURED");
        return secured;
    }

}

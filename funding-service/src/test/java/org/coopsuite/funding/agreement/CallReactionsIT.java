package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.funding.agreement.CallEventsFixture.ranked;
import static org.coopsuite.funding.agreement.FundingApi.EU_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.JP_OFFICER;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.messaging.DeadLetters;
import org.coopsuite.platform.messaging.ParkedSequences;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.ProposalWithdrawn;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.AgreementLapsed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The call's events funding-service reacts to, and those it passes over, on the real broker; and
 * the listing of agreements by state, side and call.
 */
@ServiceIntegrationTest
class CallReactionsIT {

    @Value("${spring.cloud.stream.bindings.callReactions-in-0.group}")
    String group;

    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;
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
    void lapsesTheAgreementOfACancelledCallAndListsItByState() {
        calls.send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);

        calls.send(callId, CallEventsFixture.cancelled(callId, 3));

        await().until(() -> api.get("/api/agreements/" + agreementId).get("state"), "LAPSED"::equals);
        try (EventProbe events = EventProbe.fromBeginning("coop.funding.events")) {
            assertThat(events.await(AgreementLapsed.class, e -> e.getAgreementId().equals(agreementId)).getReason())
                    .isEqualTo("The sides withdrew the topic.");
        }
        assertThat(listed("?state=LAPSED&side=JP&callId=" + callId)).containsExactly(agreementId);
        assertThat(listed("?state=SECURED&callId=" + callId)).isEmpty();
        assertThat(listed("?side=KR&callId=" + callId)).isEmpty();
        assertThat(api.getEntity("/api/agreements?size=0").getStatusCode().value()).isEqualTo(400);
        assertThat(api.getEntity("/api/agreements?state=BOGUS").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void passesOverACancellationWithoutAgreementAndTheProposalsEvents() {
        calls.send(callId, CallEventsFixture.cancelled(callId, 2));
        calls.send(callId, ProposalWithdrawn.newBuilder().setMeta(new EventContext(Instant.now(), "c", null, "call-service")
                .meta("ProposalWithdrawn", "Proposal", callId, 1)).setProposalId(callId).setCallId("other").build());
        calls.send(callId, CallEventsFixture.submitted(callId));

        assertThat(api.awaitAgreementOf(callId)).containsEntry("state", "PENDING_COMMITMENTS");
        String deadLetters = DeadLetters.topic(CallEventsFixture.TOPIC, group);
        try (EventProbe dead = EventProbe.fromBeginning(deadLetters)) {
            assertThat(dead.records(deadLetters)).noneMatch(r -> new String(r.key(), StandardCharsets.UTF_8).equals(callId));
        }
    }

    /**
     * Results that cannot be allocated are dead-lettered with the reason and park the call's
     * sequence for this group: the call's corrected results wait behind them, not applied over
     * them, until an operator retries or evicts the sequence.
     */
    @Test
    void deadLettersResultsThatCannotBeAllocatedWithTheReasonAndParksTheCallsLaterResultsBehindThem() {
        calls.send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);
        api.commit(agreementId, EU_OFFICER, "EU", "REA", "1000000.00", "EUR");
        api.commit(agreementId, JP_OFFICER, "JP", "JST", "100000000", "JPY");
        CallResultsPublished inDollars = CallEventsFixture.results(callId, List.of(ranked("p-1", 1, "EU:MIT:10.00")),
                List.of());
        inDollars.getSelected().get(0).getConsortium().get(0).getRequested().setCurrency("USD");

        calls.send(callId, inDollars);
        calls.send(callId, CallEventsFixture.results(callId, List.of(ranked("p-1", 1, "EU:TU Delft:10.00")), List.of()));

        String deadLetters = DeadLetters.topic(CallEventsFixture.TOPIC, group);
        try (EventProbe dead = EventProbe.fromBeginning(deadLetters)) {
            ConsumerRecord<byte[], byte[]> record = await().until(() -> dead.records(deadLetters).stream()
                    .filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(callId)).findFirst().orElse(null),
                    found -> found != null);
            assertThat(new String(record.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .contains("USD").contains("EUR");
        }
        Document parked = await().until(() -> mongo.getCollection(ParkedSequences.COLLECTION).find(new Document("group",
                group).append("topic", CallEventsFixture.TOPIC).append("aggregateId", callId))
                .first(), found -> found != null && found.getList("events", Document.class).size() == 2);
        assertThat((String) parked.get("reason")).contains("USD");
        assertThat(api.get("/api/agreements/" + agreementId).get("state")).isNotEqualTo("ALLOCATED");
    }

    @SuppressWarnings("unchecked")
    private List<String> listed(String query) {
        Map<String, Object> page = api.get("/api/agreements" + query);
        return ((List<Map<String, Object>>) page.get("items")).stream().map(a -> (String) a.get("id")).toList();
    }
}

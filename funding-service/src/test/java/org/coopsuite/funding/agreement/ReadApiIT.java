package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.funding.agreement.CallEventsFixture.ranked;
import static org.coopsuite.funding.agreement.FundingApi.EU_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.JP_OFFICER;
import static org.coopsuite.funding.agreement.FundingApi.VIEWER;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.bson.Document;
import org.coopsuite.platform.test.ApiReads;
import org.coopsuite.platform.test.CallThread;
import org.coopsuite.platform.test.PageEnvelope;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * funding-service's read side on the real broker: its view of a call follows the call through
 * every state to its results, and to its cancellation, and no proposal writes a view of its own;
 * the agreements and the ledger answer in the platform's page envelope; no documented GET path
 * answers the projections' bookkeeping.
 */
@ServiceIntegrationTest
class ReadApiIT {

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

    @BeforeEach
    void setUp() {
        calls = new CallEventsFixture(kafka, codec);
        api = new FundingApi(port);
    }

    @Test
    void followsACallThroughEveryStateToItsResultsAndAnswersNoBookkeeping() {
        CallThread call = CallThread.of(UUID.randomUUID().toString());
        String proposalId = UUID.randomUUID().toString();
        sendAndAwait(call.drafted(), "DRAFT");
        sendAndAwait(call.submitted(), "AWAITING_FUNDING");
        String agreementId = (String) api.awaitAgreementOf(call.callId()).get("id");
        api.commit(agreementId, EU_OFFICER, "EU", "REA", "1000000.00", "EUR");
        assertThat(api.commit(agreementId, JP_OFFICER, "JP", "JST", "100000000", "JPY").getBody())
                .containsEntry("state", "SECURED");
        sendAndAwait(call.opened(), "OPEN");
        send(call.proposalSubmitted(proposalId));
        sendAndAwait(call.closed(), "CLOSED");
        sendAndAwait(call.evaluationStarted(), "IN_EVALUATION");
        sendAndAwait(call.results(List.of(ranked("p-1", 1, "EU:TU Delft:400000.00", "JP:Kyoto:60000000"))),
                "RESULTS_PUBLISHED");

        assertThat(api.get("/api/calls/" + call.callId())).containsEntry("participatingSides", List.of("EU", "JP"))
                .containsEntry("strategicAreas", List.of("CLIMATE_CHANGE")).containsKey("indicativeBudget");
        assertNoViewOf(proposalId);
        await().until(() -> api.get("/api/agreements/" + agreementId).get("state"), "ALLOCATED"::equals);
        ApiReads.at(port, VIEWER).ids(Map.of("calls", call.callId(), "agreements", agreementId, "by-call", call.callId()))
                .assertNoBookkeeping();
    }

    @Test
    void followsACallToItsCancellation() {
        CallThread call = CallThread.of(UUID.randomUUID().toString());
        sendAndAwait(call.drafted(), "DRAFT");
        sendAndAwait(call.submitted(), "AWAITING_FUNDING");
        sendAndAwait(call.cancelled("AWAITING_FUNDING"), "CANCELLED");
    }

    @Test
    void pagesTheAgreementsAndTheLedger() {
        PageEnvelope pages = PageEnvelope.at(port, VIEWER);
        long agreements = pages.total("/api/agreements");
        long entries = pages.total("/api/ledger");
        for (int i = 0; i < 3; i++) {
            String callId = UUID.randomUUID().toString();
            calls.send(callId, CallEventsFixture.submitted(callId));
            api.awaitAgreementOf(callId);
        }
        // one ledger entry per agreement and participating side (EU and JP); entries of another test's
        // agreement may still be arriving (the context is shared), so at least these six, then paged whole
        long ledger = await().until(() -> pages.total("/api/ledger"), total -> total >= entries + 6);

        pages.assertPaged("/api/agreements", agreements + 3);
        pages.assertPaged("/api/ledger", ledger);
        assertThat(pages.page("/api/ledger", "")).containsKeys("perSide", "perArea");
    }

    /** Whether the proposal's event was read: a call event sent after it on its partition was. */
    private void assertNoViewOf(String proposalId) {
        CallThread marker = CallThread.of(UUID.randomUUID().toString());
        calls.send(proposalId, marker.drafted());
        await().until(() -> api.getEntity("/api/calls/" + marker.callId()).getStatusCode().value() == 200);
        assertThat(mongo.findById(proposalId, Document.class, "callViews")).isNull();
        assertThat(api.getEntity("/api/calls/" + proposalId).getStatusCode().value()).isEqualTo(404);
    }

    private void sendAndAwait(SpecificRecord event, String state) {
        send(event);
        String callId = CallThread.key(event);
        await().until(() -> api.getEntity("/api/calls/" + callId).getBody(), view -> view != null
                && state.equals(view.get("state")));
    }

    private void send(SpecificRecord event) {
        calls.send(CallThread.key(event), event);
    }
}

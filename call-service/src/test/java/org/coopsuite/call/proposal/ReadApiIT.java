package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.VIEWER;
import static org.coopsuite.call.CallApi.applicant;
import static org.coopsuite.call.FundingEvents.budget;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.call.call.CallSchedule;
import org.coopsuite.platform.test.ApiReads;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.PageEnvelope;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * call-service's read side over a call driven to its results: every list endpoint in the
 * platform's page envelope, and no answer of any documented GET path with the projections'
 * bookkeeping in it.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class ReadApiIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    CallSchedule schedule;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    private CallApi api;
    private PageEnvelope pages;

    @BeforeEach
    void setUp() {
        api = new CallApi(port);
        pages = PageEnvelope.at(port, CallApi.EU_OFFICER);
    }

    @Test
    void pagesEveryListAndAnswersNoBookkeepingOnAnyGetPath() {
        long callsBefore = pages.total("/api/calls");
        String id = openCall();
        String first = submit(id, "alice", "FIRST");
        submit(id, "bob", "SECOND");
        submit(id, "carol", "THIRD");
        api.draft(CallApi.callBody(today().plusDays(5), today().plusDays(30)));
        api.draft(CallApi.callBody(today().plusDays(5), today().plusDays(30)));

        pages.assertPaged("/api/calls", callsBefore + 3);
        pages.assertPaged("/api/calls/" + id + "/proposals", 3);

        publishResults(id);
        // an officer of a participating side: it reads every GET path, the proposals' ESR too (no VIEWER does)
        ApiReads.at(port, CallApi.EU_OFFICER).ids(Map.of("calls", id, "proposals", first)).assertNoBookkeeping();
    }

    /** A call opened on funding-service's events, as a call's proposals need. */
    private String openCall() {
        String id = api.draft(CallApi.callBody(today().plusDays(1), today().plusDays(3)));
        api.command(id, "submission", EU_OFFICER);
        new FundingEvents(kafka, codec).publish(FundingEvents.secured("agr-" + id, id, 5,
                budget("EU", "1000", "EUR", "JP", "100000", "JPY")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.get("/api/calls/" + id + "/funding")
                .getBody()).containsEntry("secured", true));
        try (EventProbe events = EventProbe.fromBeginning("coop.call.events")) {
            events.await(CallSubmittedForFunding.class, e -> e.getCallId().equals(id));
        }
        clock.advance(Duration.ofDays(1));
        schedule.run();
        assertThat(api.call(id)).containsEntry("state", "OPEN");
        return id;
    }

    /** Closes the call at its deadline; its panel evaluates its proposals; both sides approve the results. */
    private void publishResults(String id) {
        clock.advance(Duration.ofDays(3));
        schedule.run();
        PanelApi panel = new PanelApi(api);
        panel.appointPair(id);
        assertThat(api.command(id, "evaluation", EU_OFFICER).getBody()).containsEntry("state", "IN_EVALUATION");
        for (Object proposal : api.getList("/api/calls/" + id + "/proposals")) {
            panel.evaluateByPair((String) ((Map<?, ?>) proposal).get("id"), "4", "4", "4");
        }
        assertThat(api.command(id, "results", EU_OFFICER).getBody()).containsEntry("state", "RESULTS_PROPOSED");
        assertThat(panel.approveByEverySide(id).getBody()).containsEntry("state", "RESULTS_PUBLISHED");
    }

    private String submit(String callId, String who, String acronym) {
        ResponseEntity<Map> response = api.post("/api/calls/" + callId + "/proposals", applicant("EU", who),
                ProposalBodies.proposal(acronym, "Open data.", ProposalBodies.partner("Coordinator EU", "EU", "COORDINATOR",
                        "100", "EUR"), ProposalBodies.partner("Partner JP", "JP", "PARTNER", "1000", "JPY")));
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

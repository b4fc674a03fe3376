package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.EVALUATOR;
import static org.coopsuite.call.CallApi.JP_OFFICER;
import static org.coopsuite.call.CallApi.applicant;
import static org.coopsuite.call.FundingEvents.budget;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.call.call.CallSchedule;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallEvaluationStarted;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.ConsensusReached;
import org.coopsuite.schemas.call.ProposalDeclaredIneligible;
import org.coopsuite.schemas.call.ProposalWithdrawn;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The whole path of a call over HTTP, Kafka and MongoDB: drafted, submitted for funding, funded
 * by funding-service's real events on the broker, opened at its date, proposals eligible and
 * not, one withdrawn, closed at its deadline, evaluated by its panel (not before one is appointed),
 * the ranking approved by both sides, and results in which the EU's secured budget limits the
 * selection while Japan's would allow more.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class CallResultsIT {

    private static final String TOPIC = "coop.call.events";

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
    private PanelApi panel;

    @BeforeEach
    void setUp() {
        api = new CallApi(port);
        panel = new PanelApi(api);
    }

    @Test
    void selectsUnderEachSidesSecuredBudgetAndPublishesTheResults() {
        String id = api.draft(CallApi.callBody(today().plusDays(1), today().plusDays(3)));
        api.command(id, "submission", EU_OFFICER);
        FundingEvents funding = new FundingEvents(kafka, codec);
        funding.publish(FundingEvents.secured("agr-" + id, id, 5, budget("EU", "250", "EUR", "JP", "100000", "JPY")));
        funding.publish(FundingEvents.toppedUp("agr-" + id, id, 6, "EU", "50", "300", "EUR"));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.get("/api/calls/" + id + "/funding")
                .getBody()).containsEntry("secured", true).extracting("committed").asString().contains("300"));
        awaitPublished(CallSubmittedForFunding.class, id);

        clock.advance(Duration.ofDays(1));
        schedule.run();
        assertThat(api.call(id)).containsEntry("state", "OPEN");

        String first = submit(id, "alice", "FIRST", "200", "1000", "Open data.");
        String second = submit(id, "alice", "SECOND", "150", "1000", "Open data.");
        String third = submit(id, "bob", "THIRD", "100", "1000", "Open data.");
        String weak = submit(id, "bob", "WEAK", "10", "10", "Open data.");
        String closed = submit(id, "carol", "CLOSED", "10", "10", null);
        String withdrawn = submit(id, "carol", "GONE", "10", "10", "Open data.");
        assertThat(api.post("/api/proposals/" + withdrawn + "/withdrawal", applicant("EU", "alice"), Map.of())
                .getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("/api/proposals/" + withdrawn + "/withdrawal", applicant("EU", "carol"), Map.of()).getBody())
                .containsEntry("state", "WITHDRAWN");
        awaitPublished(ProposalWithdrawn.class, withdrawn);

        clock.advance(Duration.ofDays(3));
        schedule.run();
        assertThat(api.call(id)).containsEntry("state", "CLOSED");
        assertThat(submitting(id, "dave", "LATE", "1", "1", "x").getStatusCode().value()).isEqualTo(409);
        assertThat(api.post("/api/proposals/" + third + "/withdrawal", applicant("EU", "bob"), Map.of()).getBody())
                .containsEntry("currentState", "CLOSED");
        assertThat(api.command(id, "evaluation", JP_OFFICER).getBody()).as("no evaluation without a panel")
                .containsEntry("currentState", "CLOSED").extracting("detail").asString().contains("without a panel");
        panel.appointPair(id);
        assertThat(panel.assign(first, PanelApi.EU_EXPERT).getBody())
                .as("no expert takes on a proposal before the evaluation starts").containsEntry("currentState", "CLOSED");

        assertThat(api.command(id, "evaluation", JP_OFFICER).getBody()).containsEntry("state", "IN_EVALUATION");
        assertThat(api.post("/api/proposals/" + first + "/evaluation", EVALUATOR, PanelApi.scores("4", "4", "4", "Fine."))
                .getStatusCode().value()).as("an evaluator off the call's panel").isEqualTo(403);
        PanelApi.ok(panel.assign(first, PanelApi.EU_EXPERT));
        assertThat(CallApi.fields(api.post("/api/proposals/" + first + "/evaluation", PanelApi.EU_EXPERT,
                PanelApi.scores("4.3", "6", "4", "Fine.")))).containsExactlyInAnyOrder("excellence", "impact");
        assertThat(api.post("/api/proposals/" + first + "/evaluation", applicant("EU", "alice"),
                PanelApi.scores("5", "5", "5", "Mine.")).getStatusCode().value()).isEqualTo(403);
        PanelApi.ok(panel.evaluate(first, PanelApi.EU_EXPERT, "5", "4.5", "4.5"));
        PanelApi.ok(panel.consensus(first, PanelApi.EU_EXPERT, "5", "4.5", "4.5"));
        panel.evaluateByPair(second, "4.5", "4.5", "4");
        assertThat(api.command(id, "results", EU_OFFICER).getStatusCode().value()).isEqualTo(409);
        panel.evaluateByPair(third, "4", "4", "4");
        panel.evaluateByPair(weak, "2.5", "4", "4");
        assertThat(panel.assign(closed, PanelApi.EU_EXPERT).getBody()).containsEntry("currentState", "INELIGIBLE");

        assertThat(api.command(id, "results", CallApi.KR_OFFICER).getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("/api/calls/" + id + "/results").getBody()).containsEntry("currentState", "IN_EVALUATION");
        ResponseEntity<Map> proposed = api.command(id, "results", EU_OFFICER);
        assertThat(proposed.getBody()).as("a joint call's ranking is proposed to its sides").containsEntry("state",
                "RESULTS_PROPOSED");
        panel.approveByEverySide(id);

        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            CallResultsPublished published = events.await(CallResultsPublished.class, e -> e.getCallId().equals(id));
            assertThat(published.getSelected()).extracting(p -> p.getAcronym() + " " + p.getRank() + " " + p.getTotal())
                    .containsExactly("FIRST 1 14", "THIRD 3 12");
            assertThat(published.getReserve()).extracting(RankedProposal::getProposalId).containsExactly(second);
            assertThat(published.getRejected()).containsExactly(weak);
            assertThat(published.getSelectedPerSide())
                    .extracting(s -> s.getSide() + " " + s.getAmount().getAmount() + " " + s.getAmount().getCurrency())
                    .containsExactly("EU 300 EUR", "JP 2000 JPY");
            RankedProposal best = published.getSelected().get(0);
            assertThat(best.getConsortium()).extracting(p -> p.getSide() + " " + p.getRequested().getAmount())
                    .containsExactly("EU 200", "JP 1000");
            assertThat(best.getRequestedPerSide()).extracting(s -> s.getAmount().getAmount()).containsExactly("200", "1000");
            assertThat(events.await(CallEvaluationStarted.class, e -> e.getCallId().equals(id)).getEligibleProposals())
                    .isEqualTo(4);
            assertThat(events.await(ProposalDeclaredIneligible.class, e -> e.getProposalId().equals(closed)).getReasons())
                    .containsExactly("the call requires a data-management / open-access statement");
            assertThat(events.await(ConsensusReached.class, e -> e.getProposalId().equals(weak)).getPassedThresholds())
                    .isFalse();
        }
        assertThat(proposalStates(id)).isEqualTo(Map.of("FIRST", "SELECTED 1", "SECOND", "RESERVE 2", "THIRD", "SELECTED 3",
                "WEAK", "REJECTED null", "CLOSED", "INELIGIBLE null", "GONE", "WITHDRAWN null"));
        assertThat(api.get("/api/calls/" + id + "/results").getBody().get("selectedPerSide").toString()).contains("300");
    }

    private String submit(String callId, String who, String acronym, String eu, String jp, String statement) {
        ResponseEntity<Map> response = submitting(callId, who, acronym, eu, jp, statement);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    private ResponseEntity<Map> submitting(String callId, String who, String acronym, String eu, String jp, String statement) {
        return api.post("/api/calls/" + callId + "/proposals", applicant("EU", who), ProposalBodies.proposal(acronym,
                statement, ProposalBodies.partner("Coordinator EU", "EU", "COORDINATOR", eu, "EUR"),
                ProposalBodies.partner("Partner JP", "JP", "PARTNER", jp, "JPY")));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> proposalStates(String callId) {
        List<Map<String, Object>> listed = (List<Map<String, Object>>) (List<?>) api.getList("/api/calls/" + callId + "/proposals");
        return listed.stream().collect(java.util.stream.Collectors.toMap(p -> (String) p.get("acronym"),
                p -> p.get("state") + " " + p.get("rank")));
    }

    /** Moving the clock while the relay holds a lease would expire it at once and publish twice. */
    private static void awaitPublished(Class<? extends org.apache.avro.specific.SpecificRecord> type, String id) {
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(type, e -> EventCodec.meta(e).getAggregateId().equals(id));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

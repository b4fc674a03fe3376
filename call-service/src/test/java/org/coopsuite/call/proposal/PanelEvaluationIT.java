package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.JP_OFFICER;
import static org.coopsuite.call.CallApi.applicant;
import static org.coopsuite.call.FundingEvents.budget;
import static org.coopsuite.call.proposal.PanelApi.expert;
import static org.coopsuite.call.proposal.PanelApi.expertOf;
import static org.coopsuite.call.proposal.PanelApi.ok;

import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.call.call.CallSchedule;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallReserveExtended;
import org.coopsuite.schemas.call.CallResultsApproved;
import org.coopsuite.schemas.call.CallResultsProposed;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallResultsReturned;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.ConsensusReached;
import org.coopsuite.schemas.call.ExpertAssigned;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.call.RedressDecided;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Evaluation as funders run it, over HTTP, Kafka and MongoDB: a panel with a conflicted expert,
 * three individual evaluations and a consensus per proposal before any ranking, a joint call's
 * proposed results returned by one side and then approved by both, each applicant's own
 * Evaluation Summary Report, a redress upheld and re-evaluated by fresh experts that puts the
 * proposal on the reserve list, and one after the window refused. Each refused command leaves
 * its aggregate at its version and no event.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class PanelEvaluationIT {

    static final List<String> FIRST_ROUND = List.of(expert("EU", "e-eu-1"), expert("JP", "e-jp-1"), expert("EU", "e-eu-2"));
    static final List<String> FRESH = List.of(expert("JP", "e-jp-2"), expert("EU", "e-eu-3"), expert("JP", "e-jp-3"));

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
    @SuppressWarnings("unchecked")
    void aJointCallsPanelRanksOnConsensusEverySideApprovesAndRedressReEvaluatesWithFreshExperts() {
        String id = openCall("JOINT");
        String first = submit(id, "alice", "FIRST", "200");
        String second = submit(id, "bob", "SECOND", "150");
        String weak = submit(id, "carol", "WEAK", "10");
        ok(api.command(id, "closure", EU_OFFICER));
        ok(api.command(id, "evaluation", JP_OFFICER));
        String call = "/api/calls/" + id + "/panel";

        panel.refused("/api/proposals/" + first, 403, "not on the panel", () -> panel.assign(first, expert("EU", "nobody")));
        panel.refused("/api/proposals/" + first, 409, "conflict of interest", () -> panel.assign(first,
                expert("EU", "e-conflicted")));
        panel.refused("/api/proposals/" + first, 403, "not assigned", () -> panel.evaluate(first, FIRST_ROUND.get(0), "4", "4", "4"));
        panel.refused(call, 409, "other than by adding experts", () -> panel.appoint(call, EU_OFFICER, Map.of("experts",
                List.of(expertOf("e-eu-1", "EU", "KU Leuven"), expertOf("e-jp-1", "JP", "Osaka University"),
                        expertOf("late", "EU", "Late")))));

        panel.evaluateFully(first, FIRST_ROUND, "5", "4.5", "4.5");
        for (String expert : FIRST_ROUND.subList(0, 2)) {
            ok(panel.assign(second, expert));
            ok(panel.evaluate(second, expert, "4.5", "4.5", "4"));
        }
        panel.refused("/api/proposals/" + second, 409, "2 of 3 individual evaluations",
                () -> panel.consensus(second, FIRST_ROUND.get(0), "4.5", "4.5", "4"));
        panel.refused(call, 409, "await evaluation", () -> api.command(id, "results", EU_OFFICER));
        ok(panel.assign(second, FIRST_ROUND.get(2)));
        ok(panel.evaluate(second, FIRST_ROUND.get(2), "4.5", "4.5", "4"));
        assertThat(api.get("/api/proposals/" + second, EU_OFFICER).getBody()).containsEntry("state", "AWAITING_CONSENSUS");
        panel.refused(call, 409, "await evaluation", () -> api.command(id, "results", EU_OFFICER));
        ok(panel.consensus(second, FIRST_ROUND.get(1), "4.5", "4.5", "4"));
        panel.evaluateFully(weak, FIRST_ROUND, "4", "2.5", "4");
        assertThat(api.get("/api/proposals/" + first, applicant("EU", "alice")).getBody())
                .as("an applicant reads its proposal, not its evaluation, before the results")
                .containsEntry("state", "EVALUATED").containsEntry("scores", null).containsEntry("review", null);
        assertThat(api.get("/api/proposals/" + first, EU_OFFICER).getBody().get("scores")).isNotNull();
        assertThat((List<Map<String, Object>>) api.get("/api/calls/" + id + "/proposals", applicant("EU", "alice")).getBody()
                .get("items")).as("an applicant lists its own proposals only").extracting(p -> p.get("id"))
                .containsExactly(first);
        assertThat(api.get(call, applicant("EU", "alice")).getStatusCode().value())
                .as("the panel names the experts and ranks every proposal: not an applicant's").isEqualTo(403);
        assertThat(api.get(call, CallApi.VIEWER).getStatusCode().value()).isEqualTo(403);
        panel.refused(call, 428, "If-Match", () -> api.put(call + "/ties", EU_OFFICER,
                Map.of("order", List.of(second, first), "note", "Blind: no version named.")));

        assertThat(api.command(id, "results", EU_OFFICER).getBody()).containsEntry("state", "RESULTS_PROPOSED");
        ok(api.post("/api/calls/" + id + "/results/approval", EU_OFFICER, Map.of()));
        Map<String, Object> deliberation = api.get(call, JP_OFFICER).getBody();
        assertThat(((Map<String, Object>) deliberation.get("approvals")).keySet()).as("who approved").containsExactly("EU");
        assertThat(deliberation.get("awaitingApproval")).isEqualTo(List.of("JP"));
        assertThat((List<Map<String, Object>>) deliberation.get("proposed")).extracting(e -> e.get("proposalId"))
                .as("the proposed main list and reserve, as the sides approve them").containsExactly(first, second);
        panel.refused(call, 409, "again for EU", () -> api.post("/api/calls/" + id + "/results/approval", EU_OFFICER, Map.of()));
        panel.refused(call, 409, "RESULTS_PROPOSED", () -> panel.orderTies(call, EU_OFFICER,
                Map.of("order", List.of(second, first), "note", "Too late: proposed already.")));
        assertThat(api.post("/api/calls/" + id + "/results/return", JP_OFFICER, Map.of("reason", "Check the WEAK impact.")).getBody())
                .containsEntry("state", "IN_EVALUATION");
        assertThat(api.get("/api/calls/" + id + "/results").getStatusCode().value()).as("one side's rejection blocks publication")
                .isEqualTo(409);
        assertThat(api.get(call, JP_OFFICER).getBody()).as("returned: no approval stands, nothing awaits one")
                .containsEntry("approvals", Map.of()).containsEntry("awaitingApproval", List.of());
        panel.refused(call, 409, "IN_EVALUATION", () -> api.post("/api/calls/" + id + "/results/approval", JP_OFFICER, Map.of()));
        ok(panel.orderTies(call, EU_OFFICER, Map.of("order", List.of(second, first), "note", "No tie here; kept for the record.")));
        assertThat(api.command(id, "results", EU_OFFICER).getBody()).containsEntry("state", "RESULTS_PROPOSED");
        ok(api.post("/api/calls/" + id + "/results/approval", JP_OFFICER, Map.of()));
        assertThat(ok(api.post("/api/calls/" + id + "/results/approval", EU_OFFICER, Map.of())).getBody())
                .containsEntry("state", "RESULTS_PUBLISHED");

        panel.refused(call, 409, "RESULTS_PUBLISHED", () -> api.post("/api/calls/" + id + "/results/return", JP_OFFICER,
                Map.of("reason", "Too late: published.")));
        panel.refused("/api/proposals/" + second, 409, "does not await", () -> api.post("/api/proposals/" + second
                + "/redress/decision", JP_OFFICER, Map.of("upheld", true, "reason", "Nothing was asked.")));
        try (EventProbe events = EventProbe.fromBeginning(PanelApi.TOPIC)) {
            CallResultsPublished published = events.await(CallResultsPublished.class, e -> e.getCallId().equals(id));
            assertThat(published.getSelected()).extracting(p -> p.getAcronym() + " " + p.getRank() + " " + p.getTotal())
                    .containsExactly("FIRST 1 14");
            assertThat(published.getReserve()).extracting(RankedProposal::getProposalId).containsExactly(second);
            assertThat(published.getRejected()).containsExactly(weak);
            assertThat(events.events(CallResultsProposed.class, e -> e.getCallId().equals(id))).hasSize(2);
            assertThat(events.await(CallResultsReturned.class, e -> e.getCallId().equals(id)).getSide()).isEqualTo("JP");
            assertThat(events.events(CallResultsApproved.class, e -> e.getCallId().equals(id)))
                    .extracting(CallResultsApproved::getSide).containsExactly("EU", "JP", "EU");
        }

        assertThat(api.get("/api/proposals/" + first, applicant("EU", "alice")).getBody().get("scores"))
                .as("its evaluation, once the results are published").isNotNull();
        Map<String, Object> esr = api.get("/api/proposals/" + weak + "/esr", applicant("EU", "carol")).getBody();
        assertThat(esr).containsEntry("outcome", "REJECTED").containsEntry("comments", "The panel agreed.")
                .containsEntry("criterionThreshold", 3).containsEntry("passedThresholds", false);
        assertThat(api.get("/api/proposals/" + weak + "/esr", applicant("EU", "alice")).getStatusCode().value()).isEqualTo(403);
        assertThat(api.get("/api/proposals/" + first + "/esr", applicant("EU", "alice")).getBody())
                .containsEntry("outcome", "SELECTED").containsEntry("rank", 1);

        String proposal = "/api/proposals/" + weak;
        panel.refused(proposal, 403, "Only the applicant", () -> api.post(proposal + "/redress", applicant("EU", "alice"),
                Map.of("criterion", "impact", "reason", "Not mine")));
        ok(api.post(proposal + "/redress", applicant("EU", "carol"), Map.of("criterion", "impact",
                "reason", "The pilot city's impact was overlooked.")));
        panel.refused(proposal, 409, "one request per proposal", () -> api.post(proposal + "/redress",
                applicant("EU", "carol"), Map.of("criterion", "impact", "reason", "Again")));
        panel.refused(proposal, 403, "does not take part", () -> api.post(proposal + "/redress/decision",
                CallApi.KR_OFFICER, Map.of("upheld", true, "reason", "x")));
        ok(api.post(proposal + "/redress/decision", JP_OFFICER, Map.of("upheld", true, "reason", "A factual error.")));
        panel.refused(proposal, 409, "fresh experts", () -> panel.assign(weak, FIRST_ROUND.get(0)));
        panel.evaluateFully(weak, FRESH, "5", "5", "5");

        try (EventProbe events = EventProbe.fromBeginning(PanelApi.TOPIC)) {
            CallReserveExtended extended = events.await(CallReserveExtended.class, e -> e.getCallId().equals(id));
            assertThat(extended.getProposal().getProposalId()).isEqualTo(weak);
            assertThat(extended.getProposal().getRank()).as("15 points rank first").isEqualTo(1);
            assertThat(events.await(RedressDecided.class, e -> e.getProposalId().equals(weak)).getUpheld()).isTrue();
            assertThat(events.events(ExpertAssigned.class, e -> e.getProposalId().equals(weak) && e.getRound() == 2))
                    .extracting(e -> e.getExpert().getExpertId()).containsExactly("e-jp-2", "e-eu-3", "e-jp-3");
            assertThat(events.events(ConsensusReached.class, e -> e.getProposalId().equals(weak)))
                    .extracting(e -> e.getRound() + " " + e.getTotal()).containsExactly("1 10.5", "2 15");
        }
        assertThat(api.get("/api/proposals/" + weak + "/esr", applicant("EU", "carol")).getBody())
                .containsEntry("outcome", "RESERVE").containsEntry("rank", 1).containsEntry("round", 2);
        Map<String, Object> results = api.get("/api/calls/" + id + "/results").getBody();
        assertThat((List<Map<String, Object>>) results.get("reserve")).as("the call's results agree with the proposal's ESR")
                .extracting(e -> e.get("proposalId") + " " + e.get("rank") + " " + e.get("total"))
                .contains(weak + " 1 15").anySatisfy(e -> assertThat(e).startsWith(second + " "));
        assertThat((List<String>) results.get("rejected")).doesNotContain(weak);

        awaitQuiet(second);
        clock.advance(Duration.ofDays(31));
        panel.refused("/api/proposals/" + second, 409, "window closed", () -> api.post("/api/proposals/" + second + "/redress",
                applicant("EU", "bob"), Map.of("criterion", "excellence", "reason", "Too late")));

        Map<String, String> aggregates = new LinkedHashMap<>();
        aggregates.put(id, "/api/calls/" + id);
        for (String p : List.of(first, second, weak)) {
            aggregates.put(p, "/api/proposals/" + p);
        }
        panel.eventsMatchVersions(aggregates);
    }

    @Test
    void aCoordinatedCallSelectsOnlyWhatEverySideWithAFundedPartnerSelected() {
        String id = openCall("COORDINATED");
        String both = submit(id, "dan", "BOTH", "100");
        String dropped = submit(id, "erin", "DROPPED", "150");
        String costly = submit(id, "finn", "COSTLY", "200");
        ok(api.command(id, "closure", EU_OFFICER));
        ok(api.command(id, "evaluation", EU_OFFICER));
        panel.evaluateFully(both, FIRST_ROUND, "5", "5", "4.5");
        panel.evaluateFully(dropped, FIRST_ROUND, "4.5", "4.5", "4.5");
        panel.evaluateFully(costly, FIRST_ROUND, "4", "4", "4");
        String path = "/api/calls/" + id;

        panel.refused(path, 409, "over its secured budget of 300", () -> api.post(path + "/side-selection", EU_OFFICER,
                Map.of("selected", List.of(both, dropped, costly))));
        ok(api.post(path + "/side-selection", EU_OFFICER, Map.of("selected", List.of(both, dropped))));
        panel.refused(path, 409, "awaiting [JP]", () -> api.command(id, "results", EU_OFFICER));
        ok(api.post(path + "/side-selection", JP_OFFICER, Map.of("selected", List.of(both, costly))));
        ok(api.command(id, "results", JP_OFFICER));
        assertThat(api.call(id)).containsEntry("state", "RESULTS_PUBLISHED");

        try (EventProbe events = EventProbe.fromBeginning(PanelApi.TOPIC)) {
            CallResultsPublished published = events.await(CallResultsPublished.class, e -> e.getCallId().equals(id));
            assertThat(published.getSelected()).extracting(p -> p.getAcronym() + " " + p.getRank())
                    .containsExactly("BOTH 1");
            assertThat(published.getRejected()).as("JP did not select DROPPED, the EU not COSTLY")
                    .containsExactlyInAnyOrder(dropped, costly);
            assertThat(published.getReserve()).isEmpty();
        }
        assertThat(api.get("/api/proposals/" + dropped + "/esr", applicant("EU", "erin")).getBody())
                .containsEntry("outcome", "NOT_SELECTED").containsEntry("passedThresholds", true);
        panel.eventsMatchVersions(Map.of(id, path));
    }

    @Test
    void aTwinningCallsPanelEvaluatesAndItsResultsArePublishedAtOnce() {
        String id = openCall("TWINNING");
        Map<String, Object> body = new LinkedHashMap<>(ProposalBodies.proposal("TWIN", "Open data.",
                ProposalBodies.partner("Coordinator EU", "EU", "COORDINATOR", "100", "EUR"),
                ProposalBodies.partner("Partner JP", "JP", "PARTNER", "1000", "JPY")));
        body.put("twinnedProjects", List.of(Map.of("side", "EU", "projectReference", "GA-101"),
                Map.of("side", "JP", "projectReference", "JPMJMS-7")));
        ResponseEntity<Map> submitted = api.post("/api/calls/" + id + "/proposals", applicant("EU", "gina"), body);
        assertThat(submitted.getBody()).as("%s", submitted.getBody()).containsEntry("state", "ELIGIBLE");
        String twinned = (String) submitted.getBody().get("id");
        String untwinned = submit(id, "hugo", "SOLO", "100");
        ok(api.command(id, "closure", EU_OFFICER));
        ok(api.command(id, "evaluation", EU_OFFICER));

        panel.refused("/api/proposals/" + untwinned, 409, "INELIGIBLE", () -> panel.assign(untwinned, FIRST_ROUND.get(0)));
        panel.refused("/api/calls/" + id, 409, "await evaluation", () -> api.command(id, "results", JP_OFFICER));
        panel.evaluateFully(twinned, FIRST_ROUND, "4.5", "4", "4");
        assertThat(ok(api.command(id, "results", JP_OFFICER)).getBody()).as("a twinning call needs no sides' approval")
                .containsEntry("state", "RESULTS_PUBLISHED");

        try (EventProbe events = EventProbe.fromBeginning(PanelApi.TOPIC)) {
            CallResultsPublished published = events.await(CallResultsPublished.class, e -> e.getCallId().equals(id));
            assertThat(published.getSelected()).extracting(p -> p.getAcronym() + " " + p.getRank() + " " + p.getTotal())
                    .containsExactly("TWIN 1 12.5");
            assertThat(events.events(CallResultsProposed.class, e -> e.getCallId().equals(id))).isEmpty();
        }
        assertThat(api.get("/api/proposals/" + twinned + "/esr", applicant("EU", "gina")).getBody())
                .containsEntry("outcome", "SELECTED").containsEntry("comments", "The panel agreed.")
                .containsEntry("rank", 1);
        panel.eventsMatchVersions(Map.of(id, "/api/calls/" + id, twinned, "/api/proposals/" + twinned));
    }

    String openCall(String modality) {
        Map<String, Object> body = new LinkedHashMap<>(CallApi.callBody(today(), today().plusDays(3)));
        body.put("modality", modality);
        String id = api.draft(body);
        ok(panel.appoint("/api/calls/" + id + "/panel", EU_OFFICER, Map.of("experts", List.of(
                expertOf("e-eu-1", "EU", "KU Leuven"), expertOf("e-jp-1", "JP", "Osaka University"),
                expertOf("e-eu-2", "EU", "Sorbonne"), expertOf("e-jp-2", "JP", "Tohoku University"),
                expertOf("e-eu-3", "EU", "ETH Zurich"), expertOf("e-jp-3", "JP", "Kyushu University"),
                expertOf("e-conflicted", "EU", "Coordinator EU")))));
        assertThat(api.get("/api/calls/" + id + "/panel", EU_OFFICER).getBody().get("panel").toString())
                .contains("requiredEvaluations=3");
        api.command(id, "submission", EU_OFFICER);
        FundingEvents funding = new FundingEvents(kafka, codec);
        funding.publish(FundingEvents.secured("agr-" + id, id, 5, budget("EU", "300", "EUR", "JP", "100000", "JPY")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(id)).containsEntry("state", "OPEN"));
        return id;
    }

    String submit(String callId, String who, String acronym, String eu) {
        ResponseEntity<Map> response = api.post("/api/calls/" + callId + "/proposals", applicant("EU", who),
                ProposalBodies.proposal(acronym, "Open data.", ProposalBodies.partner("Coordinator EU", "EU", "COORDINATOR",
                        eu, "EUR"), ProposalBodies.partner("Partner JP", "JP", "PARTNER", "1000", "JPY")));
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    /** Moving the clock while the relay holds a lease would expire it at once and publish twice. */
    void awaitQuiet(String anyAggregate) {
        long version = panel.version("/api/proposals/" + anyAggregate);
        try (EventProbe events = EventProbe.fromBeginning(PanelApi.TOPIC)) {
            events.await(org.apache.avro.specific.SpecificRecord.class, e -> EventCodec.meta(e).getAggregateId()
                    .equals(anyAggregate) && EventCodec.meta(e).getAggregateVersion() == version);
        }
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}

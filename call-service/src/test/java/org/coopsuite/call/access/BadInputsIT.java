package org.coopsuite.call.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.proposal.ProposalService;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.BadInputWalk;
import org.coopsuite.platform.test.BadInputWalk.Probe;
import org.coopsuite.platform.test.BadInputs;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.OpenApiDocument;
import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input, generated from call-service's OpenAPI schemas (every property of every request
 * body, broken each way {@link BadInputs} knows) and written by hand for its rules
 * ({@link CallBadInputs}): each answered with a 4xx problem detail naming the problem, none a
 * 5xx, and nothing stored or published (the collections' counts and the topics' end offsets
 * the same after all of them). Then the operator injections that are harmless rather than refused.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class BadInputsIT {

    private static final Logger log = LoggerFactory.getLogger(BadInputsIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The fixture's expert of the EU on its panel call. */
    private static final String EXPERT = TestTokens.as(Role.EVALUATOR).side("EU").subject(CallFixture.OWNER).bearer();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;

    @Test
    void refusesEveryBadInputWithAProblemNamingItAndStoresAndPublishesNothing() {
        CallApi api = new CallApi(port);
        CallFixture fixture = CallFixture.open(api, new FundingEvents(kafka, codec), today());
        long draftVersion = ((Number) api.call(fixture.draftCall()).get("version")).longValue();
        List<Probe> probes = new ArrayList<>(generated(api, fixture, draftVersion));
        int generated = probes.size();
        probes.addAll(CallBadInputs.probes(fixture, today(), draftVersion));

        BadInputWalk.Outcome outcome = BadInputWalk.walk(port, probes, this::stored, "coop.call.events");

        log.info("{} bad inputs ({} generated from the OpenAPI schemas, {} by hand): {} by status", outcome.sent(),
                generated, outcome.sent() - generated, outcome.byStatus());
        assertThat(outcome.failures()).as("bad inputs not refused with a problem naming them").isEmpty();
        assertThat(probes).extracting(Probe::name).doesNotHaveDuplicates();
        assertThat(outcome.sent()).isGreaterThanOrEqualTo(200);
    }

    @Test
    void operatorInjectionsInQueryParametersMatchNothing() {
        CallApi api = new CallApi(port);
        for (String query : List.of("side=%7B%22%24gt%22%3A%22%22%7D", "side=%24where", "strategicArea=%7B%22%24ne%22%3Anull%7D",
                "strategicArea=a.b", "side[%24ne]=x&side=%24ne")) {
            Map<String, Object> page = api.get("/api/calls?" + query).getBody();
            assertThat(page).as(query).containsEntry("totalItems", 0);
        }
    }

    private List<Probe> generated(CallApi api, CallFixture fixture, long draftVersion) {
        Map<String, Object> document = OpenApiDocument.document(port);
        List<Probe> probes = new ArrayList<>();
        add(probes, document, "POST", "/api/calls", "/api/calls", CallApi.EU_OFFICER,
                CallApi.callBody(today(), today().plusDays(10)), null);
        add(probes, document, "PUT", "/api/calls/{id}", "/api/calls/" + fixture.draftCall(), CallApi.EU_OFFICER,
                CallApi.content("Edited", today().plusDays(1), today().plusDays(10)), "\"" + draftVersion + "\"");
        add(probes, document, "POST", "/api/calls/{id}/cancellation", "/api/calls/" + fixture.openCall() + "/cancellation",
                CallApi.EU_OFFICER, Map.of("reason", "Budget frozen"), null);
        add(probes, document, "POST", "/api/calls/{callId}/proposals", "/api/calls/" + fixture.openCall() + "/proposals",
                CallApi.applicant("EU", "alice"), CallFixture.proposalBody(), null);
        // The panel's steps and the steps after it, each with a body that would be taken as it is.
        String panelCall = "/api/calls/" + fixture.panelCall();
        String panelVersion = "\"" + api.call(fixture.panelCall()).get("version") + "\"";
        String panelProposal = "/api/proposals/" + fixture.panelProposal();
        add(probes, document, "POST", "/api/proposals/{id}/evaluation", panelProposal + "/evaluation", EXPERT,
                Map.of("excellence", 4, "impact", 4, "implementation", 4, "comments", "Sound."), null);
        add(probes, document, "PUT", "/api/calls/{id}/panel", panelCall + "/panel", CallApi.EU_OFFICER,
                CallFixture.panelBody(), panelVersion);
        add(probes, document, "PUT", "/api/calls/{id}/panel/ties", panelCall + "/panel/ties", CallApi.EU_OFFICER,
                Map.of("order", List.of(fixture.panelProposal()), "note", "Tied on every criterion."), panelVersion);
        add(probes, document, "POST", "/api/proposals/{id}/assignment", panelProposal + "/assignment",
                EXPERT, Map.of("noConflictOfInterest", true), null);
        add(probes, document, "POST", "/api/proposals/{id}/consensus", panelProposal + "/consensus", EXPERT,
                Map.of("excellence", 4, "impact", 4, "implementation", 4, "comments", "Agreed."), null);
        add(probes, document, "POST", "/api/proposals/{id}/redress", panelProposal + "/redress",
                CallApi.applicant("EU", CallFixture.OWNER), Map.of("criterion", "impact", "reason", "Overlooked."), null);
        add(probes, document, "POST", "/api/proposals/{id}/redress/decision", panelProposal + "/redress/decision",
                CallApi.EU_OFFICER, Map.of("upheld", false, "reason", "Scores stand."), null);
        add(probes, document, "POST", "/api/calls/{id}/results/return", panelCall + "/results/return", CallApi.EU_OFFICER,
                Map.of("reason", "Check the ranking."), null);
        add(probes, document, "POST", "/api/calls/{id}/side-selection", panelCall + "/side-selection", CallApi.EU_OFFICER,
                Map.of("selected", List.of(fixture.panelProposal())), null);
        return probes;
    }

    private static void add(List<Probe> probes, Map<String, Object> document, String method, String template, String path,
            String bearer, Map<String, Object> good, String ifMatch) {
        for (BadInputs.Case bad : BadInputs.of(document, method, template, good)) {
            RawHttp.Request request = RawHttp.Request.json(method, path, JSON.writeValueAsString(bad.body()))
                    .withHeader("Authorization", bearer).withHeader("If-Match", ifMatch);
            probes.add(Probe.of(bad.name(), request, bad.field()));
        }
    }

    private Map<String, Long> stored() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String collection : List.of(CallService.COLLECTION, ProposalService.COLLECTION)) {
            counts.put(collection, mongo.getCollection(collection).countDocuments());
        }
        return counts;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

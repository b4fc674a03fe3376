package org.coopsuite.call.access;

import static org.coopsuite.platform.test.BadInputWalk.Probe.of;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.platform.test.BadInputWalk.Probe;
import org.coopsuite.platform.test.RawHttp;
import tools.jackson.databind.json.JsonMapper;

/** call-service's bad inputs written by hand for its rules, beside those generated from its schemas. */
final class CallBadInputs {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CallFixture fixture;
    private final LocalDate today;
    private final List<Probe> probes = new ArrayList<>();

    private CallBadInputs(CallFixture fixture, LocalDate today) {
        this.fixture = fixture;
        this.today = today;
    }

    static List<Probe> probes(CallFixture fixture, LocalDate today, long draftVersion) {
        CallBadInputs inputs = new CallBadInputs(fixture, today);
        inputs.money();
        inputs.sidesAndDates();
        inputs.paging();
        inputs.ifMatch(draftVersion);
        inputs.injection();
        inputs.shapes();
        inputs.unknownIds();
        inputs.proposals();
        return inputs.probes;
    }

    private void money() {
        draft("0.5 JPY", "indicativeBudget.JP.amount", budget("5000000", "0.5"));
        draft("1.001 EUR", "indicativeBudget.EU.amount", budget("1.001", "800000000"));
        draft("over 10^12 EUR", "indicativeBudget.EU.amount", budget("1000000000000.01", "800000000"));
        draft("a budget in another currency", "indicativeBudget.JP.currency",
                content(c -> c.put("indicativeBudget", Map.of("EU", CallApi.money("5", "EUR"), "JP", CallApi.money("5", "EUR")))));
        draft("a negative budget", "indicativeBudget", budget("-5", "800000000"));
        proposal("0.5 JPY requested", "consortium[1].requested.amount", partners("100000", "0.5"));
        proposal("a request over 10^12 JPY", "consortium[1].requested.amount", partners("100000", "1000000000001"));
        proposal("a request in EUR for a JP partner", "consortium[1].requested.currency", partners("100000", null));
    }

    private void sidesAndDates() {
        Map<String, Object> duplicated = new HashMap<>(CallApi.callBody(today, today.plusDays(10)));
        duplicated.put("participatingSides", List.of("EU", "EU", "JP"));
        probes.add(of("duplicate sides", json("POST", "/api/calls", CallApi.EU_OFFICER, duplicated), "participatingSides"));
        Map<String, Object> alone = new HashMap<>(CallApi.callBody(today, today.plusDays(10)));
        alone.put("participatingSides", List.of("EU"));
        probes.add(of("one side", json("POST", "/api/calls", CallApi.EU_OFFICER, alone), "participatingSides"));
        probes.add(of("an opening in the past", json("POST", "/api/calls", CallApi.EU_OFFICER,
                CallApi.callBody(today.minusDays(1), today.plusDays(10))), "timeline.opening"));
        probes.add(of("a deadline before the opening", json("POST", "/api/calls", CallApi.EU_OFFICER,
                CallApi.callBody(today.plusDays(5), today.plusDays(1))), "timeline.deadline"));
        draft("an unknown strategic area", "strategicAreas", content(c -> c.put("strategicAreas", List.of("ASTROLOGY"))));
        draft("a climate coefficient that is no Rio marker", "climateCoefficient", content(c -> c.put("climateCoefficient", 33)));
        draft("a lower-case side in the budget", "indicativeBudget",
                content(c -> c.put("indicativeBudget", Map.of("eu", CallApi.money("5", "EUR"), "JP", CallApi.money("5", "JPY")))));
    }

    private void paging() {
        for (String query : List.of("page=10001", "page=2147483647&size=100", "page=-1", "size=0", "size=101",
                "size=2147483647", "page=abc", "size=1e3")) {
            String parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
            String names = query.startsWith("page") ? "page" : parameter;
            probes.add(of("GET /api/calls?" + query, get("/api/calls?" + query), names));
            probes.add(of("GET proposals?" + query, get("/api/calls/" + fixture.openCall() + "/proposals?" + query,
                    CallApi.EU_OFFICER), names));
        }
        probes.add(of("an unknown state", get("/api/calls?state=NO_SUCH_STATE"), "state"));
        probes.add(of("an unknown modality", get("/api/calls?modality=SOLO"), "modality"));
    }

    private void ifMatch(long version) {
        String path = "/api/calls/" + fixture.draftCall();
        Map<String, Object> content = CallApi.content("Edited", today.plusDays(1), today.plusDays(10));
        probes.add(new Probe("a PUT without If-Match", json("PUT", path, CallApi.EU_OFFICER, content), 428, "If-Match"));
        probes.add(of("If-Match that is no version", json("PUT", path, CallApi.EU_OFFICER, content)
                .withHeader("If-Match", "\"latest\""), "If-Match"));
        probes.add(new Probe("a stale If-Match (a concurrent edit came first)", json("PUT", path, CallApi.EU_OFFICER, content)
                .withHeader("If-Match", "\"" + (version + 7) + "\""), 409, "version"));
        probes.add(new Probe("a stale If-Match on a closure", RawHttp.Request.of("POST", "/api/calls/" + fixture.openCall()
                + "/closure").withHeader("Authorization", CallApi.EU_OFFICER).withHeader("If-Match", "\"99\""), 409, "version"));
        probes.add(of("If-Match of version 0", RawHttp.Request.of("POST", "/api/calls/" + fixture.openCall() + "/closure")
                .withHeader("Authorization", CallApi.EU_OFFICER).withHeader("If-Match", "0"), "If-Match"));
    }

    private void injection() {
        probes.add(of("an operator as a state", get("/api/calls?state=%7B%22%24gt%22%3A%22%22%7D"), "state"));
        probes.add(new Probe("an operator object as a call id", get("/api/calls/%7B%22%24gt%22%3A%22%22%7D"), 404, "Call"));
        probes.add(new Probe("$where as a call id", get("/api/calls/%24where"), 404, "$where"));
        probes.add(new Probe("a dotted call id", get("/api/calls/state.version"), 404, "state.version"));
        probes.add(new Probe("an operator as a proposal id", get("/api/proposals/%7B%22%24ne%22%3Anull%7D",
                CallApi.EU_OFFICER), 404, "Proposal"));
        probes.add(new Probe("$where as a proposal id to score", json("POST", "/api/proposals/%24where/evaluation",
                CallApi.EVALUATOR, Map.of("excellence", 4, "impact", 4, "implementation", 4, "comments", "Sound.")), 404,
                "$where"));
        draft("a $-prefixed key in the budget", "indicativeBudget", content(c -> c.put("indicativeBudget",
                Map.of("$where", CallApi.money("5", "EUR"), "EU", CallApi.money("5", "EUR"), "JP", CallApi.money("5", "JPY")))));
        draft("a dotted key in the request caps", "eligibility", content(c -> c.put("eligibility", Map.of(
                "minimumPartnersPerSide", 1, "openAccessStatementRequired", true, "selfFundedPartnersAdmitted", true,
                "requestCaps", Map.of("EU.amount", CallApi.money("5", "EUR"))))));
    }

    private void shapes() {
        String draft = "/api/calls";
        probes.add(of("a body that is no JSON", raw("POST", draft, "{\"modality\":", "application/json"), "JSON"));
        probes.add(of("an empty body", raw("POST", draft, "", "application/json"), "body"));
        probes.add(of("an array for the body", raw("POST", draft, "[]", "application/json"), "JSON"));
        probes.add(new Probe("a body as text/plain", raw("POST", draft, "{}", "text/plain"), 415, "text/plain"));
        probes.add(new Probe("a body as XML", raw("POST", draft, "<call/>", "application/xml"), 415, "application/xml"));
        probes.add(of("a nesting bomb", raw("POST", draft, "{\"content\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}",
                "application/json"), "content"));
        probes.add(new Probe("a body of 70 KB", raw("POST", draft, "{\"title\":\"" + "x".repeat(70_000) + "\"}",
                "application/json"), 413, "Body too large"));
        byte[] invalidUtf8 = "{\"modality\":\"JOINT\",\"participatingSides\":[\"EU\",\"\u0000\"]}".getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length - 4] = (byte) 0xC3;
        invalidUtf8[invalidUtf8.length - 3] = (byte) 0x28;
        probes.add(of("bytes that are no UTF-8", RawHttp.Request.json("POST", draft, "{}").withBody(invalidUtf8)
                .withHeader("Authorization", CallApi.EU_OFFICER), "participatingSides"));
        Map<String, Object> lone = new HashMap<>(CallApi.callBody(today, today.plusDays(10)));
        lone.put("content", content(c -> c.put("title", "SURROGATE broken")));
        probes.add(of("a lone surrogate in a title", raw("POST", draft, JSON.writeValueAsString(lone)
                .replace("SURROGATE", "\\ud800"), "application/json"), "title"));
        String keyed = JSON.writeValueAsString(Map.of("modality", "JOINT"));
        probes.add(of("a refused draft under an idempotency key", raw("POST", draft, keyed, "application/json")
                .withHeader("Idempotency-Key", "bad-input-1"), "content"));
        probes.add(of("the same refused draft again", raw("POST", draft, keyed, "application/json")
                .withHeader("Idempotency-Key", "bad-input-1"), "content"));
        probes.add(new Probe("another body under the same key", raw("POST", draft, "{\"modality\":\"TWINNING\"}",
                "application/json").withHeader("Idempotency-Key", "bad-input-1"), 422, "Idempotency-Key"));
        probes.add(of("an idempotency key of 300 characters", raw("POST", draft, keyed, "application/json")
                .withHeader("Idempotency-Key", "k".repeat(300)), "Idempotency-Key"));
    }

    private void unknownIds() {
        probes.add(new Probe("an unknown call", get("/api/calls/no-such-call"), 404, "no-such-call"));
        probes.add(new Probe("a proposal to an unknown call", json("POST", "/api/calls/no-such-call/proposals",
                CallApi.applicant("EU", "alice"), CallFixture.proposalBody()), 404, "no-such-call"));
        probes.add(new Probe("an unknown proposal", get("/api/proposals/no-such-proposal", CallApi.EU_OFFICER), 404,
                "no-such-proposal"));
        probes.add(new Probe("closing an unknown call", RawHttp.Request.of("POST", "/api/calls/no-such-call/closure")
                .withHeader("Authorization", CallApi.EU_OFFICER), 404, "no-such-call"));
        probes.add(new Probe("results of a call without them", get("/api/calls/" + fixture.openCall() + "/results"),
                409, "OPEN"));
    }

    private void proposals() {
        for (String score : List.of("5.5", "-1", "4.25", "NaN")) {
            probes.add(of("a score of " + score, json("POST", "/api/proposals/" + fixture.proposal() + "/evaluation",
                    CallApi.EVALUATOR, Map.of("excellence", score, "impact", 4, "implementation", 4, "comments", "Sound.")),
                    "excellence"));
        }
        Map<String, Object> twoCoordinators = new HashMap<>(CallFixture.proposalBody());
        twoCoordinators.put("consortium", List.of(partner("EU", "COORDINATOR", "5", "EUR"), partner("JP", "COORDINATOR", "5", "JPY")));
        proposal("two coordinators", "consortium", twoCoordinators);
        Map<String, Object> unknownSide = new HashMap<>(CallFixture.proposalBody());
        unknownSide.put("consortium", List.of(partner("EU", "COORDINATOR", "5", "EUR"), partner("XX", "PARTNER", "5", "XXX")));
        proposal("a partner of an unknown side", "consortium[1].side", unknownSide);
    }

    private void draft(String name, String names, Map<String, Object> content) {
        Map<String, Object> body = new HashMap<>(CallApi.callBody(today, today.plusDays(10)));
        body.put("content", content);
        probes.add(of(name, json("POST", "/api/calls", CallApi.EU_OFFICER, body), names));
    }

    private void proposal(String name, String names, Map<String, Object> body) {
        probes.add(of(name, json("POST", "/api/calls/" + fixture.openCall() + "/proposals", CallApi.applicant("EU", "alice"),
                body), names));
    }

    private Map<String, Object> budget(String eu, String jp) {
        return content(c -> c.put("indicativeBudget", Map.of("EU", CallApi.money(eu, "EUR"), "JP", CallApi.money(jp, "JPY"))));
    }

    private Map<String, Object> content(java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> content = new LinkedHashMap<>(CallApi.content("Bad", today, today.plusDays(10)));
        change.accept(content);
        return content;
    }

    private static Map<String, Object> partners(String eu, String jp) {
        Map<String, Object> body = new HashMap<>(CallFixture.proposalBody());
        body.put("consortium", List.of(partner("EU", "COORDINATOR", eu, "EUR"),
                partner("JP", "PARTNER", jp == null ? "5" : jp, jp == null ? "EUR" : "JPY")));
        return body;
    }

    private static Map<String, Object> partner(String side, String role, String amount, String currency) {
        return Map.of("organisation", "Org " + side, "side", side, "role", role,
                "requested", CallApi.money(amount, currency));
    }

    private static RawHttp.Request get(String path) {
        return get(path, CallApi.VIEWER);
    }

    private static RawHttp.Request get(String path, String bearer) {
        return RawHttp.Request.of("GET", path).withHeader("Authorization", bearer);
    }

    private static RawHttp.Request json(String method, String path, String bearer, Object body) {
        return RawHttp.Request.json(method, path, JSON.writeValueAsString(body)).withHeader("Authorization", bearer);
    }

    private static RawHttp.Request raw(String method, String path, String body, String contentType) {
        return new RawHttp.Request(method, path, body.getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", contentType,
                "Authorization", CallApi.EU_OFFICER));
    }
}

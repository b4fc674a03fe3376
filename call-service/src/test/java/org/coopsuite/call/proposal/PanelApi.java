package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.call.CallApi;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.http.ResponseEntity;

/** The panel's, the sides' and the applicants' steps as the integration tests drive them. */
final class PanelApi {

    static final String TOPIC = "coop.call.events";
    /** The experts of {@link #appointPair}: one per side, of no consortium's organisation. */
    static final String EU_EXPERT = expert("EU", "expert-eu");
    static final String JP_EXPERT = expert("JP", "expert-jp");

    private final CallApi api;

    PanelApi(CallApi api) {
        this.api = api;
    }

    static String expert(String side, String subject) {
        return TestTokens.as(Role.EVALUATOR).side(side).subject(subject).bearer();
    }

    static Map<String, Object> expertOf(String id, String side, String organisation) {
        return Map.of("id", id, "side", side, "organisation", organisation);
    }

    static Map<String, Object> scores(String excellence, String impact, String implementation, String comments) {
        return Map.of("excellence", excellence, "impact", impact, "implementation", implementation, "comments", comments);
    }

    ResponseEntity<Map> assign(String proposal, String token) {
        return api.post("/api/proposals/" + proposal + "/assignment", token, Map.of("noConflictOfInterest", true));
    }

    ResponseEntity<Map> evaluate(String proposal, String token, String e, String i, String m) {
        return api.post("/api/proposals/" + proposal + "/evaluation", token, scores(e, i, m, "Comments of the expert."));
    }

    ResponseEntity<Map> consensus(String proposal, String token, String e, String i, String m) {
        return api.post("/api/proposals/" + proposal + "/consensus", token, scores(e, i, m, "The panel agreed."));
    }

    /** Each expert assigns themself, evaluates, and the first writes the consensus with these scores. */
    void evaluateFully(String proposal, List<String> experts, String e, String i, String m) {
        for (String expert : experts) {
            ok(assign(proposal, expert));
            ok(evaluate(proposal, expert, e, i, m));
        }
        ok(consensus(proposal, experts.get(0), e, i, m));
    }

    static ResponseEntity<Map> ok(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return response;
    }

    /**
     * Appoints a call's shortest panel: one expert per side, one individual evaluation per proposal,
     * the service's default thresholds (3 per criterion, 10 in total).
     */
    void appointPair(String callId) {
        ok(appoint("/api/calls/" + callId + "/panel", CallApi.EU_OFFICER, Map.of("experts", List.of(
                expertOf("expert-eu", "EU", "KU Leuven"), expertOf("expert-jp", "JP", "Osaka University")),
                "requiredEvaluations", 1)));
    }

    /** The EU's expert of {@link #appointPair} evaluates a proposal and writes its consensus with these scores. */
    void evaluateByPair(String proposal, String e, String i, String m) {
        evaluateFully(proposal, List.of(EU_EXPERT), e, i, m);
    }

    /** Each side of a joint call approves its proposed results; the last approval publishes them. */
    ResponseEntity<Map> approveByEverySide(String callId) {
        ok(api.post("/api/calls/" + callId + "/results/approval", CallApi.EU_OFFICER, Map.of()));
        return ok(api.post("/api/calls/" + callId + "/results/approval", CallApi.JP_OFFICER, Map.of()));
    }

    /** Appoints the panel at {@code panel} ({@code /api/calls/{id}/panel}), If-Match the call's version read just before. */
    ResponseEntity<Map> appoint(String panel, String token, Object body) {
        return api.put(panel, token, body, "\"" + version(panel) + "\"");
    }

    /** Orders the ties of the panel at {@code panel}, If-Match the call's version read just before. */
    ResponseEntity<Map> orderTies(String panel, String token, Object body) {
        return api.put(panel + "/ties", token, body, "\"" + version(panel) + "\"");
    }

    long version(String path) {
        return ((Number) api.get(path, CallApi.EU_OFFICER).getBody().get("version")).longValue();
    }

    /**
     * A refused command: its status and reason, and the aggregate at {@code path} still at the
     * version it had (it stored nothing; {@link #eventsMatchVersions} shows it emitted nothing).
     */
    void refused(String path, int status, String reason, Supplier<ResponseEntity<Map>> command) {
        long before = version(path);
        ResponseEntity<Map> response = command.get();
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(status);
        assertThat(String.valueOf(response.getBody().get("detail"))).contains(reason);
        assertThat(version(path)).as("a refused command stores nothing").isEqualTo(before);
    }

    /**
     * The events of each aggregate on the topic are exactly its stored versions, 1 to its version:
     * no refused command emitted an event (it would have no stored version of its own).
     */
    void eventsMatchVersions(Map<String, String> pathsById) {
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            pathsById.forEach((id, path) -> {
                long version = version(path);
                events.await(SpecificRecord.class, e -> EventCodec.meta(e).getAggregateId().equals(id)
                        && EventCodec.meta(e).getAggregateVersion() == version);
                List<Long> versions = events.events(SpecificRecord.class, e -> EventCodec.meta(e).getAggregateId()
                        .equals(id)).stream().map(e -> EventCodec.meta(e).getAggregateVersion()).distinct().sorted().toList();
                assertThat(versions).as("events of %s", id)
                        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, version).boxed().toList());
            });
        }
    }
}

package org.coopsuite.e2e;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.coopsuite.platform.test.ServiceProcess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * The steps the end-to-end tests take through the three services' HTTP APIs, each a real request
 * with a real token: commands, reads as a viewer, waiting (Awaitility) for what an event makes
 * another service show, and a panel's evaluation of a proposal.
 */
final class CooperationSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final ServiceProcess call;
    private final ServiceProcess funding;
    private final String viewer;

    /** @param viewer the token of the reads and the waits */
    CooperationSteps(ServiceProcess call, ServiceProcess funding, String viewer) {
        this.call = call;
        this.funding = funding;
        this.viewer = viewer;
    }

    static Map<?, ?> post(ServiceProcess service, String path, String token, Object body) {
        RestClient.RequestBodySpec request = service.http().post().uri(path).header(HttpHeaders.AUTHORIZATION, token);
        if (body != null) {
            request.body(body);
        }
        return request.retrieve().body(Map.class);
    }

    /** A programme officer appoints the call's panel: a whole-content update, If-Match the call's version read just before. */
    void appointPanel(String callId, String officer, Object panel) {
        Object version = get(call, "/api/calls/" + callId).get("version");
        call.http().put().uri("/api/calls/{id}/panel", callId).header(HttpHeaders.AUTHORIZATION, officer)
                .header(HttpHeaders.IF_MATCH, "\"" + version + "\"").body(panel).retrieve().toBodilessEntity();
    }

    /** A programme officer completes the call's draft (version 1: as its mandate drafted it). */
    void completeDraft(String callId, String officer, Object content) {
        call.http().put().uri("/api/calls/{id}", callId).header(HttpHeaders.AUTHORIZATION, officer)
                .header(HttpHeaders.IF_MATCH, "\"1\"").body(content).retrieve().toBodilessEntity();
    }

    Map<?, ?> get(ServiceProcess service, String path) {
        return service.http().get().uri(path).header(HttpHeaders.AUTHORIZATION, viewer).retrieve().body(Map.class);
    }

    void awaitState(ServiceProcess service, String path, String state) {
        await(path + " " + state).atMost(PATIENCE)
                .until(() -> find(service.http(), path), found -> found != null && state.equals(found.get("state")));
    }

    Map<?, ?> awaitFound(ServiceProcess service, String path) {
        return await(path).atMost(PATIENCE).until(() -> find(service.http(), path), found -> found != null);
    }

    Map<?, ?> awaitAgreement(String agreementId, Predicate<Map<?, ?>> condition) {
        return await("agreement " + agreementId).atMost(PATIENCE)
                .until(() -> get(funding, "/api/agreements/" + agreementId), condition::test);
    }

    void commit(String agreementId, String token, String side, String agency, String amount, String currency) {
        post(funding, "/api/agreements/" + agreementId + "/commitments", token,
                Map.of("side", side, "agency", agency, "amount", Map.of("amount", amount, "currency", currency)));
    }

    /** Each expert assigns themself (no conflict), evaluates; the first writes the consensus with the same scores. */
    void evaluate(String proposalId, List<String> experts, String excellence, String impact, String implementation) {
        Map<String, Object> scores = Map.of("excellence", excellence, "impact", impact, "implementation", implementation,
                "comments", "Assessed against the call's criteria.");
        for (String expert : experts) {
            post(call, "/api/proposals/" + proposalId + "/assignment", expert, Map.of("noConflictOfInterest", true));
            post(call, "/api/proposals/" + proposalId + "/evaluation", expert, scores);
        }
        post(call, "/api/proposals/" + proposalId + "/consensus", experts.get(0), scores);
    }

    static Map<String, Object> partner(String organisation, String side, String role, String amount, String currency) {
        return Map.of("organisation", organisation, "side", side, "role", role,
                "requested", Map.of("amount", amount, "currency", currency));
    }

    static Map<String, Object> expert(String id, String side, String organisation) {
        return Map.of("id", id, "side", side, "organisation", organisation);
    }

    @SuppressWarnings("unchecked")
    static List<Map<?, ?>> grants(Map<?, ?> agreement) {
        return (List<Map<?, ?>>) agreement.get("grants");
    }

    static String commitmentOf(Map<?, ?> agreement, String side) {
        return ((List<?>) agreement.get("commitments")).stream().map(c -> (Map<?, ?>) c)
                .filter(c -> side.equals(c.get("side"))).map(c -> (String) c.get("id")).findFirst().orElseThrow();
    }

    /** The proposal ids of a list of ranked entries. */
    static List<String> ids(List<?> entries) {
        return entries.stream().map(e -> (String) ((Map<?, ?>) e).get("proposalId")).toList();
    }

    private Map<?, ?> find(RestClient http, String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, viewer).exchange((request, response) ->
                response.getStatusCode().equals(HttpStatusCode.valueOf(200)) ? response.bodyTo(Map.class) : null);
    }
}

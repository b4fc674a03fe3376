package org.coopsuite.funding.agreement;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** funding-service's HTTP API as integration tests call it, with the tokens of its funding officers. */
public final class FundingApi {

    static final String EU_OFFICER = TestTokens.as(Role.FUNDING_OFFICER).side("EU").agency("REA").bearer();
    static final String JP_OFFICER = TestTokens.as(Role.FUNDING_OFFICER).side("JP").agency("JST").bearer();
    static final String VIEWER = TestTokens.as(Role.VIEWER).side("EU").bearer();

    private final RestClient http;

    FundingApi(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    /** Waits until the call's agreement exists, and returns it. */
    Map<String, Object> awaitAgreementOf(String callId) {
        return await().until(() -> getEntity("/api/agreements/by-call/" + callId), r -> r.getStatusCode().value() == 200)
                .getBody();
    }

    ResponseEntity<Map> commit(String agreementId, String token, String side, String agency, Object amount, String currency) {
        return post("/api/agreements/" + agreementId + "/commitments", token,
                Map.of("side", side, "agency", agency, "amount", Map.of("amount", amount, "currency", currency)));
    }

    ResponseEntity<Map> topUp(String agreementId, String commitmentId, String token, Object amount, String currency) {
        return post("/api/agreements/" + agreementId + "/commitments/" + commitmentId + "/top-ups", token,
                Map.of("amount", Map.of("amount", amount, "currency", currency)));
    }

    ResponseEntity<Map> withdraw(String agreementId, String commitmentId, String token, Object amount, String currency) {
        return post("/api/agreements/" + agreementId + "/commitments/" + commitmentId + "/withdrawals", token,
                Map.of("amount", Map.of("amount", amount, "currency", currency)));
    }

    ResponseEntity<Map> post(String path, String token, Object body) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    public Map<String, Object> get(String path) {
        return getEntity(path).getBody();
    }

    public ResponseEntity<Map> getEntity(String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, VIEWER).retrieve().toEntity(Map.class);
    }

    /** The id of the caller's commitment in an agreement response: the last one of that side. */
    @SuppressWarnings("unchecked")
    static String commitmentOf(Map<String, Object> agreement, String side) {
        List<Map<String, Object>> commitments = (List<Map<String, Object>>) agreement.get("commitments");
        return commitments.stream().filter(c -> side.equals(c.get("side"))).reduce((a, b) -> b).map(c -> (String) c.get("id"))
                .orElseThrow();
    }

    /** One side's totals in an agreement response, e.g. {@code committed -> {amount, currency}}. */
    @SuppressWarnings("unchecked")
    static Map<String, Map<String, String>> side(Map<String, Object> agreement, String side) {
        return ((Map<String, Map<String, Map<String, String>>>) agreement.get("sides")).get(side);
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }
}

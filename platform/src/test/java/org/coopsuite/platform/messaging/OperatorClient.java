package org.coopsuite.platform.messaging;

import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The operator endpoints of a service under test, as an OPERATOR; every status is answered, not thrown. */
final class OperatorClient {

    private static final String OPERATOR = TestTokens.as(Role.OPERATOR).side("EU").subject("olga").bearer();

    private final RestClient http;

    OperatorClient(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> get(String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, OPERATOR).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<Map> post(String path, Object body) {
        RestClient.RequestBodySpec request = http.post().uri(path).header(HttpHeaders.AUTHORIZATION, OPERATOR)
                .contentType(MediaType.APPLICATION_JSON);
        return (body == null ? request : request.body(body)).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("rawtypes")
    ResponseEntity<List> postForList(String path) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, OPERATOR).retrieve().toEntity(List.class);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> parked(String query) {
        return (List<Map<String, Object>>) get("/api/operator/parked" + query).getBody().get("items");
    }

    /** The parked sequence of an aggregate, or null. */
    Map<String, Object> parkedOf(String aggregateId) {
        return parked("?size=100").stream().filter(s -> aggregateId.equals(s.get("aggregateId"))).findFirst()
                .orElse(null);
    }
}

package org.coopsuite.platform.test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.coopsuite.infra.token.Role;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.web.client.RestClient;

/**
 * The sequences a running service has parked, as an operator reads them
 * ({@code GET /api/operator/parked}), e.g. to await the one an unknown side parked:
 * <pre>
 * Map&lt;String, Object&gt; parked = ParkedProbe.at(port).await(dialogueId, 1).get(0);
 * assertThat((String) parked.get("reason")).contains("unknown side XX");
 * </pre>
 */
public final class ParkedProbe {

    private static final ParameterizedTypeReference<Map<String, Object>> PAGE = new ParameterizedTypeReference<>() { };

    private final RestClient http;

    private ParkedProbe(RestClient http) {
        this.http = http;
    }

    /** The parked sequences of the service on the port, read with an OPERATOR token. */
    public static ParkedProbe at(int port) {
        return new ParkedProbe(RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.as(Role.OPERATOR).side("EU").bearer()).build());
    }

    /**
     * Waits (up to 30 s) until the aggregate's sequence is parked in at least {@code groups} consumer
     * groups (a test's groups may carry a suffix of its own), and answers their summaries.
     */
    public List<Map<String, Object>> await(String aggregateId, int groups) {
        return Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> of(aggregateId), found -> found.size() >= groups);
    }

    /** The parked sequences of the aggregate, in every group. */
    public List<Map<String, Object>> of(String aggregateId) {
        return all().stream().filter(s -> aggregateId.equals(s.get("aggregateId"))).toList();
    }

    /** The aggregates whose sequence is parked, in any group. */
    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> all() {
        Map<String, Object> page = http.get().uri("/api/operator/parked?size=100").retrieve().body(PAGE);
        return (List<Map<String, Object>>) page.get("items");
    }

}

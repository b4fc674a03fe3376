package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.springframework.web.client.RestClient;

/** Checks a running service's actuator health as an operator or an orchestrator reads it. */
public final class ServiceHealth {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ServiceHealth() {
    }

    /**
     * Waits until the service on this port reports UP overall, with its Kafka binder and its
     * MongoDB both reported UP, and its liveness and readiness probes UP.
     */
    @SuppressWarnings("unchecked")
    public static void assertUp(int port) {
        RestClient http = RestClient.create("http://localhost:" + port);
        String operator = TestTokens.as(Role.OPERATOR).side("EU").bearer();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> health = http.get().uri("/actuator/health").header("Authorization", operator).retrieve()
                    .body(Map.class);
            assertThat(health).containsEntry("status", "UP");
            Map<String, Map<String, Object>> components = (Map<String, Map<String, Object>>) health.get("components");
            assertThat(components).containsKeys("binders", "mongo");
            assertThat(components.get("binders")).containsEntry("status", "UP");
            assertThat(components.get("mongo")).containsEntry("status", "UP");
        });
        for (String probe : new String[] {"liveness", "readiness"}) {
            Map<String, Object> state = http.get().uri("/actuator/health/" + probe).retrieve().body(Map.class);
            assertThat(state).as(probe).containsEntry("status", "UP");
        }
        Map<String, Object> open = http.get().uri("/actuator/health").retrieve().body(Map.class);
        assertThat(open).as("health without a token: its status only").containsEntry("status", "UP")
                .doesNotContainKeys("components", "details");
        String viewer = TestTokens.as(Role.VIEWER).side("EU").bearer();
        Map<String, Object> asViewer = http.get().uri("/actuator/health").header("Authorization", viewer).retrieve()
                .body(Map.class);
        assertThat(asViewer).as("health for a role that is not OPERATOR: its status only")
                .doesNotContainKeys("components", "details");
    }

    /**
     * Checks the actuator's own port as a Prometheus scraper and an operator meet it: health
     * (its status only) and prometheus answer there without a token, the other endpoints (info,
     * with the JVM's, the OS's and the process's details, among them) want an OPERATOR token; the application port refuses the scrape (401 without a token, 404 with an
     * operator's: it is not served there at all).
     */
    public static void assertActuatorOnManagementPort(int port, int managementPort) {
        String operator = TestTokens.as(Role.OPERATOR).side("EU").bearer();
        HttpResponse<String> scrape = get(managementPort, "/actuator/prometheus", null);
        assertThat(scrape.statusCode()).as("prometheus on the management port").isEqualTo(200);
        assertThat(scrape.body()).contains("# TYPE jvm_memory_used_bytes gauge");
        assertThat(get(managementPort, "/actuator/health", null).statusCode()).as("health there").isEqualTo(200);
        HttpResponse<String> health = get(managementPort, "/actuator/health", null);
        assertThat(health.body()).as("health there without a token: no components, no details")
                .doesNotContain("components", "details");
        assertThat(get(managementPort, "/actuator/info", null).statusCode()).as("info, no token").isEqualTo(401);
        HttpResponse<String> info = get(managementPort, "/actuator/info", operator);
        assertThat(info.statusCode()).as("info, operator").isEqualTo(200);
        assertThat(info.body()).as("info, operator").contains("\"process\"");
        assertThat(get(port, "/actuator/info", null).statusCode()).as("info on the app port, no token").isEqualTo(401);
        assertThat(get(managementPort, "/actuator/metrics", null).statusCode()).as("metrics, no token").isEqualTo(401);
        assertThat(get(managementPort, "/actuator/metrics", operator).statusCode()).as("metrics, operator").isEqualTo(200);
        assertThat(get(port, "/actuator/prometheus", null).statusCode()).as("app port, no token").isEqualTo(401);
        assertThat(get(port, "/actuator/prometheus", operator).statusCode()).as("app port, operator").isEqualTo(404);
    }

    private static HttpResponse<String> get(int port, String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

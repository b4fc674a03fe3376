package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.springframework.web.client.RestClient;

/** Checks a running service's actuator health as an operator or an orchestrator reads it. */
public final class ServiceHealth {

    private ServiceHealth() {
    }

    /**
     * Waits until the service on this port reports UP overall, with its Kafka binder and its
     * MongoDB both reported UP, and its liveness and readiness probes UP.
     */
    @SuppressWarnings("unchecked")
    public static void assertUp(int port) {
        RestClient http = RestClient.create("http://localhost:" + port);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> health = http.get().uri("/actuator/health").retrieve().body(Map.class);
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
    }
}

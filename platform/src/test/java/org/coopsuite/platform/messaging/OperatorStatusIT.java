package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/**
 * {@code GET /api/operator/status} on a real binder and broker: the service's consumer group and
 * its topic with the records it has not committed, which grow while its binding is paused and go
 * back to 0 once it reads again; for operators only. (Same application and properties as
 * {@link ParkedSequencesIT}, so that the test context is shared.)
 */
@ServiceIntegrationTest(classes = ParkedSequencesIT.App.class, properties = {
    "spring.application.name=parking-test",
    "spring.cloud.function.definition=dialogueEvents",
    "spring.cloud.stream.bindings.dialogueEvents-in-0.destination=coop.dialogue.events"})
class OperatorStatusIT {

    static final String STATUS = "/api/operator/status";

    /** The context's consumer group (the test infrastructure gives each context one of its own). */
    @Value("${spring.cloud.stream.default.group}")
    String group;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    BindingsLifecycleController bindings;
    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void answersTheLagOfTheServicesGroupPerTopicWhichGrowsWhileItIsPausedAndCatchesUp() {
        OperatorClient operator = new OperatorClient(port);
        // First the group is assigned its partitions and commits where it starts (the test
        // infrastructure's start at the topics' ends), and reads what was sent since.
        send();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(lag(operator))
                .as("the group's lag before the pause: %s", body(operator)).isZero());
        bindings.pause("dialogueEvents-in-0");
        try {
            // A pause takes effect before the consumer's next poll, and the poll in flight may still
            // take a record sent after it: so one more record at each check, until they pile up.
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
                send();
                return lag(operator) >= 3;
            });
        } finally {
            bindings.resume("dialogueEvents-in-0");
        }
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> assertThat(lag(operator))
                .as("the group's lag once it reads again: %s", body(operator)).isZero());

        Map<String, Object> status = body(operator);
        assertThat(status).containsEntry("service", "parking-test").containsKeys("at", "outbox");
        assertThat(groups(status)).singleElement().satisfies(answered -> {
            assertThat(answered).containsEntry("group", group).containsEntry("unknown", null);
            assertThat((List<Object>) answered.get("topics")).containsExactly(Map.of("topic", ParkedSequencesIT.TOPIC, "lag", 0));
        });
    }

    @Test
    void isForOperatorsOnly() {
        int status = RestClient.create("http://localhost:" + port).get().uri(STATUS)
                .header(HttpHeaders.AUTHORIZATION, TestTokens.as(Role.VIEWER).side("EU").bearer())
                .exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(403);
    }

    private void send() {
        String id = TestEvents.newId();
        kafka.send(new ProducerRecord<>(ParkedSequencesIT.TOPIC, id.getBytes(StandardCharsets.UTF_8),
                codec.encode(TestEvents.scheduled(id)))).join();
    }

    private static long lag(OperatorClient operator) {
        return ((Number) groups(body(operator)).get(0).get("lag")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> body(OperatorClient operator) {
        return operator.get(STATUS).getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> groups(Map<String, Object> status) {
        return (List<Map<String, Object>>) status.get("groups");
    }
}

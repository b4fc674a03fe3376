package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.messaging.ParkedSequence.State;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.web.client.RestClient;

/**
 * MongoDB unreachable for a while (a proxy between the service and the server, cut, then
 * restored) while events keep arriving: nothing is dead-lettered or parked, readiness is DOWN
 * (the consumer held up, not only the database) while it lasts and UP after, and every event is
 * applied once the database is back.
 */
class TransientFaultIT {

    static final String TOPIC = EventTopic.DIALOGUE.topic();
    static final String NAME = "transient-fault-test";
    static final Duration OUTAGE = Duration.ofSeconds(10);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        TrailProjection trails() {
            return new TrailProjection("trails");
        }

        @Bean
        Subscription trailsOfDialogues(TrailProjection trails) {
            return Subscription.projects(EventTopic.DIALOGUE, trails);
        }

        @Bean
        Consumer<Message<List<byte[]>>> dialogueEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
            return consumers.of(EventTopic.DIALOGUE, subscriptions);
        }
    }

    private final ServiceInstances instances = new ServiceInstances();
    private final CuttableProxy mongo = new CuttableProxy(TestInfrastructure.shared().mongoConnectionString());

    @AfterEach
    void stop() {
        instances.close();
        mongo.close();
    }

    @Test
    void mongoDbGoneForAWhileIsWaitedOutNotDeadLetteredAndReadinessSaysSo() {
        ConfigurableApplicationContext service = instances.start(App.class, NAME, mongo.connectionString(),
                NAME + "-" + TestEvents.newId().substring(0, 8),
                "spring.cloud.function.definition=dialogueEvents",
                "spring.cloud.stream.bindings.dialogueEvents-in-0.destination=" + TOPIC,
                "coop.platform.mongo.server-selection-timeout=1s", "coop.platform.consumer.max-backoff=1s",
                "management.endpoint.health.group.readiness.show-components=always");
        RestClient http = RestClient.builder().baseUrl("http://localhost:" + ServiceInstances.port(service))
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        String x = TestEvents.newId();
        String y = TestEvents.newId();
        send(service, TestEvents.scheduled(x));
        await().untilAsserted(() -> assertThat(trail(service, x)).containsExactly(1L));
        await().until(() -> readiness(http).getStatusCode().value() == 200);

        mongo.cut();
        send(service, TestEvents.opened(x, 2));
        send(service, TestEvents.scheduled(y));
        send(service, TestEvents.opened(x, 3));

        await().until(() -> consumersStatus(readiness(http)).equals("DOWN"));
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(30))
                .until(() -> readiness(http).getStatusCode().value() == 503);
        mongo.restore();

        await().untilAsserted(() -> assertThat(trail(service, x)).containsExactly(1L, 2L, 3L));
        assertThat(trail(service, y)).containsExactly(1L);
        await().until(() -> readiness(http).getStatusCode().value() == 200);
        assertThat(consumersStatus(readiness(http))).isEqualTo("UP");
        assertThat(service.getBean(MeterRegistry.class).get(DeadLetters.METER).tag("topic", TOPIC).tag("group", NAME)
                .counter().count()).isZero();
        assertThat(service.getBean(ParkedSequences.class).list(State.PARKED, Paging.first()).totalItems()).isZero();
        String deadLetters = DeadLetters.topic(TOPIC, NAME);
        try (EventProbe probe = EventProbe.fromBeginning(deadLetters)) {
            assertThat(probe.records(deadLetters)).isEmpty();
        }
    }

    @SuppressWarnings("rawtypes")
    private static ResponseEntity<Map> readiness(RestClient http) {
        return http.get().uri("/actuator/health/readiness").retrieve().toEntity(Map.class);
    }

    private static String consumersStatus(ResponseEntity<Map> readiness) {
        Object components = readiness.getBody() == null ? null : readiness.getBody().get("components");
        Object consumers = components instanceof Map<?, ?> map ? map.get("consumers") : null;
        return consumers instanceof Map<?, ?> map ? String.valueOf(map.get("status")) : "absent";
    }

    private static List<Long> trail(ConfigurableApplicationContext service, String aggregate) {
        return service.getBean(Projector.class).find(service.getBean(TrailProjection.class), aggregate)
                .map(Trail::getVersions).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static void send(ConfigurableApplicationContext service, SpecificRecord event) {
        KafkaTemplate<byte[], byte[]> kafka = service.getBean("eventKafkaTemplate", KafkaTemplate.class);
        kafka.send(new ProducerRecord<>(TOPIC, 0, EventCodec.meta(event).getAggregateId().getBytes(StandardCharsets.UTF_8),
                service.getBean(EventCodec.class).encode(event))).join();
    }
}

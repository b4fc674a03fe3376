package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.LongStream;

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
 * restored) while events keep arriving at about 50 a second: nothing is dead-lettered or parked,
 * readiness is DOWN (the consumer held up, not only the database) while it lasts and UP after,
 * and every event is applied once, in order, once the database is back. The outage lasts 10 s in
 * {@code verify}; {@code -Dcoop.outage.seconds=60} runs the minute (docs/reliability.md).
 */
class TransientFaultIT {

    static final String TOPIC = EventTopic.DIALOGUE.topic();
    static final String NAME = "transient-fault-test";
    static final Duration OUTAGE = Duration.ofSeconds(Long.getLong("coop.outage.seconds", 10));
    static final int LOAD_PER_SECOND = 50;

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

        AtomicBoolean loading = new AtomicBoolean(true);
        Map<String, Long> loaded = new ConcurrentHashMap<>();
        Thread load = new Thread(() -> keepSending(service, loading, loaded), "transient-fault-load");
        load.start();
        mongo.cut();
        send(service, TestEvents.opened(x, 2));
        send(service, TestEvents.scheduled(y));
        send(service, TestEvents.opened(x, 3));

        await().until(() -> consumersStatus(readiness(http)).equals("DOWN"));
        await().during(OUTAGE).atMost(OUTAGE.plusSeconds(30))
                .until(() -> readiness(http).getStatusCode().value() == 503);
        mongo.restore();
        loading.set(false);
        join(load);

        await().untilAsserted(() -> assertThat(trail(service, x)).containsExactly(1L, 2L, 3L));
        // The views of one batch are written each on its own: y's may land just after x's.
        await().untilAsserted(() -> assertThat(trail(service, y)).containsExactly(1L));
        assertThat(loaded.size()).as("aggregates loaded during the outage").isGreaterThan((int) OUTAGE.toSeconds());
        await().atMost(Duration.ofMinutes(2)).untilAsserted(() -> loaded.forEach((aggregate, last) ->
                assertThat(trail(service, aggregate)).as(aggregate)
                        .isEqualTo(LongStream.rangeClosed(1, last).boxed().toList())));
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

    /** Three events per aggregate (scheduled, then opened twice), about 50 a second, all on partition 0. */
    private static void keepSending(ConfigurableApplicationContext service, AtomicBoolean loading, Map<String, Long> loaded) {
        String prefix = TestEvents.newId() + "-";
        long pause = Duration.ofSeconds(1).toNanos() / LOAD_PER_SECOND;
        for (int i = 0; loading.get(); i++) {
            String aggregate = prefix + (i / 3);
            long version = i % 3 + 1;
            send(service, version == 1 ? TestEvents.scheduled(aggregate) : TestEvents.opened(aggregate, version));
            loaded.put(aggregate, version);
            LockSupport.parkNanos(pause);
        }
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertThat(thread.isAlive()).as("the load stopped").isFalse();
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

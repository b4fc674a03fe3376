package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;

/**
 * The consumer conventions on a real binder and broker: a failure the platform does not know
 * (neither transient nor the event's own) is retried with backoff and, when it then succeeds,
 * leaves no dead letter; one that persists is parked after the retries and goes to
 * {@code <topic>.<group>.dlq} with its reason, counted in the topic's and group's dead-letter
 * counter, and the next event of the same partition (another aggregate's) is still processed;
 * the dead-letter topic keeps its records for ever.
 * (Before sequenced dead letters it was only dead-lettered; ParkedSequencesIT shows the
 * aggregate's later events parked behind it.)
 */
@ServiceIntegrationTest(classes = ConsumerConventionsIT.App.class, properties = {
    "spring.application.name=conventions-test",
    "spring.cloud.function.definition=testEvents",
    "spring.cloud.stream.bindings.testEvents-in-0.destination=" + ConsumerConventionsIT.TOPIC,
    "coop.platform.consumer.retries=2",
    "coop.platform.consumer.initial-backoff=50ms"})
class ConsumerConventionsIT {

    static final String TOPIC = "conventions.test.events";

    @SpringBootApplication
    static class App {

        final List<String> processed = new CopyOnWriteArrayList<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

        /** "flaky-..." fails twice then works; "broken-..." always fails; anything else works. */
        @Bean
        Consumer<Message<List<byte[]>>> testEvents(EventCodec codec) {
            return new EventBatchConsumer(codec, new EachEvent(this::handle));
        }

        private void handle(SpecificRecord event) {
            String id = ((DialogueOpened) event).getDialogueId();
            int attempt = attempts.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
            if (id.startsWith("broken-") || (id.startsWith("flaky-") && attempt <= 2)) {
                throw new IllegalStateException("cannot handle " + id + " (attempt " + attempt + ")");
            }
            processed.add(id);
        }
    }

    /** The context's consumer group (the test infrastructure gives each context one of its own). */
    @Value("${spring.cloud.stream.default.group}")
    String group;
    @Autowired
    App app;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MeterRegistry registry;
    @Autowired
    ParkedSequences parked;

    @Test
    void retriesATransientFailureUntilItWorksWithoutADeadLetter() {
        String id = "flaky-" + TestEvents.newId();
        double deadLetters = deadLetters();

        send(id, id);

        await().atMost(Duration.ofSeconds(30)).until(() -> app.processed.contains(id));
        assertThat(app.attempts.get(id)).hasValue(3);
        assertThat(deadLetters()).isEqualTo(deadLetters);
        try (EventProbe probe = EventProbe.fromBeginning(deadLetterTopic())) {
            assertThat(probe.records(deadLetterTopic())).noneMatch(record -> key(record).equals(id));
        }
    }

    @Test
    void deadLettersAPersistentFailureAfterItsRetriesAndGoesOn() {
        String key = TestEvents.newId();
        String broken = "broken-" + key;
        String next = "next-" + key;
        double deadLetters = deadLetters();

        send(key, broken);
        send(key, next);

        await().atMost(Duration.ofSeconds(30)).until(() -> app.processed.contains(next));
        assertThat(app.attempts.get(broken)).hasValue(3);
        assertThat(app.processed).doesNotContain(broken);
        try (EventProbe probe = EventProbe.fromBeginning(deadLetterTopic())) {
            ConsumerRecord<byte[], byte[]> dead = await().until(() -> probe.records(deadLetterTopic()).stream()
                    .filter(record -> key(record).equals(key)).findFirst().orElse(null), found -> found != null);
            assertThat(((DialogueOpened) codec.decode(dead.value())).getDialogueId()).isEqualTo(broken);
            assertThat(new String(dead.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .isEqualTo("IllegalStateException: cannot handle " + broken + " (attempt 3)");
        }
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(deadLetters()).isEqualTo(deadLetters + 1));
        assertThat(parked.list(ParkedSequence.State.PARKED, Paging.of(0, 100)).items())
                .filteredOn(sequence -> sequence.aggregateId().equals(broken)).singleElement()
                .satisfies(sequence -> assertThat(sequence.reason()).startsWith("IllegalStateException: cannot handle"))
                .satisfies(sequence -> assertThat(sequence.events()).hasSize(1));
    }

    @Test
    void keepsItsDeadLettersForEver() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                TestInfrastructure.shared().kafkaBootstrapServers()))) {
            ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, deadLetterTopic());
            Config config = admin.describeConfigs(List.of(topic)).all().get().get(topic);

            assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1");
        }
    }

    /** The binding's dead-letter counter, there (at 0) before any dead letter. */
    private double deadLetters() {
        return registry.get(DeadLetters.METER).tag("topic", TOPIC).tag("group", group).counter().count();
    }

    private void send(String key, String dialogueId) {
        byte[] event = codec.encode(TestEvents.opened(dialogueId, 2));
        kafka.send(new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8), event)).join();
    }

    private static String key(ConsumerRecord<byte[], byte[]> record) {
        return new String(record.key(), StandardCharsets.UTF_8);
    }

    private String deadLetterTopic() {
        return DeadLetters.topic(TOPIC, group);
    }
}

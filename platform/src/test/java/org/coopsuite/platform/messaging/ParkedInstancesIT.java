package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.messaging.ParkedSequence.State;
import org.coopsuite.platform.messaging.SequenceOperations.RetryOutcome;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;

/**
 * Parked state is the database's, not an instance's: a sequence parked before a restart is there
 * after it and the restarted consumers still park the aggregate's new events behind it; and of two
 * instances asked at the same moment to retry one sequence, only one applies it, each event once.
 */
class ParkedInstancesIT {

    static final String TOPIC = EventTopic.DIALOGUE.topic();
    static final String NAME = "parked-instances-test";
    static final Set<String> POISONED = ConcurrentHashMap.newKeySet();
    /** How many times the reaction ran for each event id, over every instance of this JVM. */
    static final Map<String, AtomicInteger> REACTIONS = new ConcurrentHashMap<>();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        TrailProjection trails() {
            return new TrailProjection("trails", POISONED);
        }

        @Bean
        Subscription trailsOfDialogues(TrailProjection trails) {
            return Subscription.projects(EventTopic.DIALOGUE, trails);
        }

        @Bean
        Subscription countsReactions() {
            return Subscription.reacts(EventTopic.DIALOGUE, event -> REACTIONS
                    .computeIfAbsent(EventCodec.meta(event).getEventId(), id -> new AtomicInteger()).incrementAndGet());
        }

        @Bean
        Consumer<Message<List<byte[]>>> dialogueEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
            return consumers.of(EventTopic.DIALOGUE, subscriptions);
        }
    }

    private final ServiceInstances instances = new ServiceInstances();
    private final String database = NAME + "-" + TestEvents.newId().substring(0, 8);

    @AfterEach
    void stop() {
        instances.close();
    }

    @Test
    void aParkedSequenceSurvivesARestartAndTwoInstancesNeverBothApplyItsRetry() throws Exception {
        String d = TestEvents.newId();
        POISONED.add(d);
        List<SpecificRecord> events = List.of(TestEvents.scheduled(d), TestEvents.opened(d, 2),
                TestEvents.opened(d, 3), TestEvents.opened(d, 4));
        ConfigurableApplicationContext first = start();
        send(first, events.get(0));
        send(first, events.get(1));
        send(first, events.get(2));
        String id = await().until(() -> parkedOf(first, d), s -> s != null && s.events().size() == 2).id();

        instances.stop(first);
        ConfigurableApplicationContext one = start();
        ConfigurableApplicationContext two = start();

        assertThat(parkedOf(one, d).id()).isEqualTo(id);
        send(one, events.get(3));
        await().until(() -> parkedOf(two, d), s -> s != null && s.events().size() == 3);
        POISONED.remove(d);
        List<Object> answers = retryAtOnce(id, one, two);

        assertThat(answers).filteredOn(RetryOutcome.class::isInstance).singleElement()
                .isEqualTo(new RetryOutcome(id, 3, false, null));
        assertThat(answers).filteredOn(IllegalTransitionException.class::isInstance).hasSize(1);
        for (SpecificRecord event : events.subList(1, 4)) {
            assertThat(REACTIONS.get(EventCodec.meta(event).getEventId())).hasValue(1);
        }
        Projector projector = one.getBean(Projector.class);
        assertThat(projector.find(one.getBean(TrailProjection.class), d).orElseThrow().getVersions())
                .containsExactly(1L, 2L, 3L, 4L);
        assertThat(parkedOf(one, d)).isNull();
    }

    /** Both instances retry the sequence at the same moment: what each answered (an outcome or a refusal). */
    private static List<Object> retryAtOnce(String id, ConfigurableApplicationContext... contexts) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(contexts.length);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (ConfigurableApplicationContext context : contexts) {
                SequenceOperations operations = context.getBean(SequenceOperations.class);
                futures.add(threads.submit(() -> {
                    go.await();
                    try {
                        return operations.retry(id, "test");
                    } catch (IllegalTransitionException refused) {
                        return refused;
                    }
                }));
            }
            go.countDown();
            List<Object> answers = new ArrayList<>();
            for (Future<Object> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private ConfigurableApplicationContext start() {
        return instances.start(App.class, NAME, TestInfrastructure.shared().mongoConnectionString(), database,
                "spring.cloud.function.definition=dialogueEvents",
                "spring.cloud.stream.bindings.dialogueEvents-in-0.destination=" + TOPIC);
    }

    private static ParkedSequence parkedOf(ConfigurableApplicationContext context, String aggregate) {
        return context.getBean(ParkedSequences.class).list(State.PARKED, Paging.of(0, 100)).items().stream()
                .filter(s -> s.aggregateId().equals(aggregate)).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static void send(ConfigurableApplicationContext context, SpecificRecord event) {
        KafkaTemplate<byte[], byte[]> kafka = context.getBean("eventKafkaTemplate", KafkaTemplate.class);
        String key = EventCodec.meta(event).getAggregateId();
        kafka.send(new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8),
                context.getBean(EventCodec.class).encode(event))).join();
    }
}

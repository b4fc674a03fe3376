package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.messaging.ParkedSequence.State;
import org.coopsuite.platform.messaging.SequenceOperations.RetryOutcome;
import org.coopsuite.platform.projection.ProjectionConflictException;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;

/**
 * The scheduled retry ({@code coop.platform.parked.retry-transient=true}, every second here) on a
 * real binder, broker and MongoDB-wire server. A sequence's cause becomes transient when a retry
 * fails on the infrastructure (here a version conflict with another writer, during an operator's
 * retry): the schedule then retries it on its own, parks it again while the conflict lasts, and
 * once it is gone applies its events in order, the one parked behind it meanwhile too, and moves
 * it to the history as RETRIED by the scheduled retry. A sequence parked for a rule its event
 * broke stays parked, even once the rule is fixed, until an operator retries it. That the bean
 * is absent by default is {@code ParkingConfigurationTest}'s.
 */
@ServiceIntegrationTest(classes = ScheduledRetryIT.App.class, properties = {
    "spring.application.name=scheduled-retry-test",
    "spring.cloud.function.definition=dialogueEvents",
    "spring.cloud.stream.bindings.dialogueEvents-in-0.destination=coop.dialogue.events",
    "coop.platform.parked.retry-transient=true",
    "coop.platform.parked.retry-interval=1s"})
class ScheduledRetryIT {

    static final String TOPIC = EventTopic.DIALOGUE.topic();
    static final Duration INTERVAL = Duration.ofSeconds(1);

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        ContendedTrails trails() {
            return new ContendedTrails();
        }

        @Bean
        Subscription trailsOfDialogues(ContendedTrails trails) {
            return Subscription.projects(EventTopic.DIALOGUE, trails);
        }

        @Bean
        Consumer<Message<List<byte[]>>> dialogueEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
            return consumers.of(EventTopic.DIALOGUE, subscriptions);
        }
    }

    /**
     * Trails with a second fault: an event of an aggregate in {@link #contended} meets another
     * writer of its view (a transient failure), until the aggregate is taken out again.
     */
    static final class ContendedTrails extends TrailProjection {

        final Set<String> contended = ConcurrentHashMap.newKeySet();
        final AtomicInteger conflicts = new AtomicInteger();

        ContendedTrails() {
            super("trails");
        }

        @Override
        public void apply(Trail view, SpecificRecord event) {
            if (contended.contains(view.getId())) {
                conflicts.incrementAndGet();
                throw new ProjectionConflictException("A view of trails was written meanwhile", null);
            }
            super.apply(view, event);
        }
    }

    @Autowired
    ContendedTrails trails;
    @Autowired
    Projector projector;
    @Autowired
    ParkedSequences store;
    @Autowired
    SequenceOperations operations;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    @Test
    void retriesASequenceWhoseCauseWasTransientOnItsOwnAndLeavesOneThatBrokeARuleParked() {
        String t = TestEvents.newId();
        String n = TestEvents.newId();
        trails.poisoned.addAll(List.of(t, n));
        send(t, TestEvents.scheduled(t));
        send(t, TestEvents.opened(t, 2));
        send(t, TestEvents.opened(t, 3));
        send(n, TestEvents.scheduled(n));
        send(n, TestEvents.opened(n, 2));
        ParkedSequence first = await().until(() -> parked(t), p -> p.isPresent() && p.get().events().size() == 2)
                .orElseThrow();
        ParkedSequence ruleBroken = await().until(() -> parked(n), Optional::isPresent).orElseThrow();
        assertThat(first.transientCause()).isFalse();
        assertThat(ruleBroken.transientCause()).isFalse();

        // The operator retries t while another writer contends for its view: parked again, now transient.
        trails.poisoned.remove(t);
        trails.contended.add(t);
        RetryOutcome again = operations.retry(first.id(), "olga");
        assertThat(again.parkedAgain()).isTrue();
        assertThat(again.reason()).startsWith("ProjectionConflictException: ");
        assertThat(parked(t)).hasValueSatisfying(p -> assertThat(p.transientCause()).isTrue());
        // n's rule is fixed, but its cause was not transient: the schedule must leave it to an operator.
        trails.poisoned.remove(n);

        // The schedule alone retries t, and parks it again while the conflict lasts.
        int byTheOperator = trails.conflicts.get();
        await().untilAsserted(() -> assertThat(trails.conflicts.get()).isGreaterThanOrEqualTo(byTheOperator + 2));
        assertThat(parked(t)).hasValueSatisfying(p -> assertThat(p.transientCause()).isTrue());
        send(t, TestEvents.opened(t, 4));
        await().until(() -> parked(t), p -> p.isPresent() && p.get().events().size() == 3);
        trails.contended.remove(t);

        await().untilAsserted(() -> assertThat(store.find(first.id())).hasValueSatisfying(done -> {
            assertThat(done.state()).isEqualTo(State.RETRIED);
            assertThat(done.outcome().by()).isEqualTo("scheduled retry");
        }));
        assertThat(trail(t)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(parked(t)).isEmpty();

        // Rounds of the schedule passed while n's rule was fixed: n was never taken, nor applied.
        await().during(INTERVAL.multipliedBy(3)).atMost(INTERVAL.multipliedBy(10)).untilAsserted(() ->
                assertThat(parked(n)).hasValueSatisfying(p -> assertThat(p.revision()).isEqualTo(ruleBroken.revision())));
        assertThat(trail(n)).containsExactly(1L);
        assertThat(operations.retry(ruleBroken.id(), "olga").parkedAgain()).as("an operator's retry applies it").isFalse();
        assertThat(trail(n)).containsExactly(1L, 2L);
    }

    private Optional<ParkedSequence> parked(String aggregate) {
        return store.list(State.PARKED, Paging.of(0, Paging.MAX_SIZE)).items().stream()
                .filter(sequence -> sequence.aggregateId().equals(aggregate)).findFirst();
    }

    private List<Long> trail(String aggregate) {
        return projector.find(trails, aggregate).map(Trail::getVersions).orElse(List.of());
    }

    /** To partition 0 whatever the key: the aggregates share one partition. */
    private void send(String key, SpecificRecord event) {
        kafka.send(new ProducerRecord<>(TOPIC, 0, key.getBytes(StandardCharsets.UTF_8), codec.encode(event))).join();
    }
}

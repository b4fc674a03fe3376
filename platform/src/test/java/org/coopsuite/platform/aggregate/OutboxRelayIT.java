package org.coopsuite.platform.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class OutboxRelayIT {

    private static final String DIALOGUES = OutboxFixture.DIALOGUES;
    private static final String TOPIC = "coop.dialogue.events";

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable closeable : open) {
            closeable.close();
        }
    }

    private OutboxFixture instance(String database, ExecutorService executor) {
        return instance(new OutboxFixture(database, executor), executor);
    }

    private OutboxFixture instance(OutboxFixture fixture, ExecutorService executor) {
        open.add(fixture);
        open.add(executor::shutdownNow);
        return fixture;
    }

    /**
     * An instance that writes but dies before its relay runs (its relay executor is already shut
     * down), long enough ago that the leases of the new aggregates it wrote have expired.
     */
    private OutboxFixture crashedAfterWrites(String database) {
        return crashedAfterWrites(database, Duration.ZERO);
    }

    private OutboxFixture crashedAfterWrites(String database, Duration lease) {
        ExecutorService crashed = Executors.newSingleThreadExecutor();
        crashed.shutdown();
        return instance(new OutboxFixture(database, crashed, lease, Clock.systemUTC()), crashed);
    }

    private EventProbe probe() {
        EventProbe probe = EventProbe.fromBeginning(TOPIC);
        open.add(probe);
        return probe;
    }

    @Test
    void publishesRightAfterTheWriteAndEmptiesTheOutbox() {
        OutboxFixture service = instance(OutboxFixture.newDatabase(), Executors.newSingleThreadExecutor());
        String id = TestEvents.newId();

        service.insert(id, "first", TestEvents.scheduled(id));

        probe().await(DialogueScheduled.class, e -> e.getDialogueId().equals(id));
        await().untilAsserted(() -> assertThat(service.pending(DIALOGUES, id)).isZero());
        await().untilAsserted(() -> assertThat(service.marked(DIALOGUES, id)).isFalse());
    }

    @Test
    void anOutboxTheBrokerRefusesIsQuarantinedAfterItsRoundsAndHoldsBackNoOther() {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        OutboxFixture service = instance(new OutboxFixture(OutboxFixture.newDatabase(), executor, Duration.ofSeconds(30),
                Clock.systemUTC(), 3), executor);
        String large = TestEvents.newId();
        String small = TestEvents.newId();
        // over the producer's max.request.size (1 MB): refused before it reaches the broker, every time
        DialogueScheduled tooLarge = DialogueScheduled.newBuilder(TestEvents.scheduled(large))
                .setTitle("x".repeat(1_100_000)).build();

        service.insert(large, "large", tooLarge);
        service.insert(small, "small", TestEvents.scheduled(small));

        EventProbe probe = probe();
        probe.await(DialogueScheduled.class, e -> e.getDialogueId().equals(small));
        await().until(() -> {
            service.relay(large);
            return OutboxDocuments.QUARANTINED.equals(service.claim(DIALOGUES, large));
        });
        assertThat(service.field(DIALOGUES, large, AggregateDocuments.RELAY_FAILURES)).isEqualTo(3);
        assertThat((String) service.field(DIALOGUES, large, AggregateDocuments.RELAY_ERROR))
                .startsWith("RecordTooLargeException");
        assertThat(service.field(DIALOGUES, large, AggregateDocuments.RELAY_LEASE)).isEqualTo(Long.MAX_VALUE);
        assertThat(service.quarantined()).isEqualTo(1.0);

        service.update(large, 1, "large", TestEvents.opened(large, 2));
        String other = TestEvents.newId();
        service.insert(other, "other", TestEvents.scheduled(other));
        service.relay(large);

        probe.await(DialogueScheduled.class, e -> e.getDialogueId().equals(other));
        assertThat(service.pending(DIALOGUES, large)).as("its events, the later one behind the refused one").isEqualTo(2);
        assertThat(probe.events(DialogueOpened.class, e -> e.getDialogueId().equals(large))).isEmpty();
        assertThat(service.quarantined()).as("quarantined once").isEqualTo(1.0);
    }

    @Test
    void aNewAggregateIsPublishedUnderTheHoldItWasWrittenWith() {
        // The writer's relay holds a new aggregate from its insert: it publishes without claiming.
        CountDownLatch roundsMayRun = new CountDownLatch(1);
        OutboxFixture service = instance(OutboxFixture.newDatabase(), pausedUntil(roundsMayRun));

        Claims claims = publishedOnce(service, roundsMayRun, () -> { });

        assertThat(claims.published()).as("not claimed again").isEqualTo(claims.written());
    }

    @Test
    void aNewAggregateWhoseHoldRanHalfOutIsClaimedAnewBeforeItIsPublished() {
        CountDownLatch roundsMayRun = new CountDownLatch(1);
        MutableClock clock = new MutableClock(Instant.now());
        ExecutorService executor = pausedUntil(roundsMayRun);
        OutboxFixture service = instance(new OutboxFixture(OutboxFixture.newDatabase(), executor,
                Duration.ofSeconds(30), clock), executor);

        Claims claims = publishedOnce(service, roundsMayRun, () -> clock.advance(Duration.ofSeconds(16)));

        assertThat(claims.published()).as("claimed anew from its own hold").isNotEqualTo(claims.written());
    }

    /** The claim a new aggregate was written with, and the one its outbox was published under. */
    private record Claims(String written, String published) {
    }

    /**
     * Writes a new dialogue while the instance's relay rounds wait, does {@code meanwhile}, lets
     * the rounds run, and checks that its event went out once and the outbox was settled.
     */
    private Claims publishedOnce(OutboxFixture service, CountDownLatch roundsMayRun, Runnable meanwhile) {
        String id = writtenBy(service);
        String written = service.claim(DIALOGUES, id);
        meanwhile.run();

        roundsMayRun.countDown();

        probe().await(DialogueScheduled.class, e -> e.getDialogueId().equals(id));
        await().untilAsserted(() -> assertThat(service.marked(DIALOGUES, id)).isFalse());
        assertThat(service.published()).isEqualTo(1.0);
        return new Claims(written, service.claim(DIALOGUES, id));
    }

    @Test
    void aNewAggregateWhoseWriterDiedIsTakenOverOnlyOnceTheWritersLeaseExpired() {
        String database = OutboxFixture.newDatabase();
        OutboxFixture writer = crashedAfterWrites(database, Duration.ofSeconds(30));
        String id = writtenBy(writer);
        OutboxFixture next = instance(database, Executors.newSingleThreadExecutor());
        next.dialogues();
        next.sweep.sweepAll();
        assertThat(next.pending(DIALOGUES, id)).as("held by its writer, whose lease runs").isEqualTo(1);
        assertThat(next.published()).isZero();
        assertThat(next.sweep.backlog()).singleElement().satisfies(backlog -> {
            assertThat(backlog.collection()).isEqualTo(DIALOGUES);
            assertThat(backlog.entries()).as("the operators' status counts what waits").isEqualTo(1);
            assertThat(backlog.oldest()).isBeforeOrEqualTo(Instant.now());
        });

        lease(writer, id, System.currentTimeMillis() - 1_000);
        next.sweep.sweepAll();

        probe().await(DialogueScheduled.class, e -> e.getDialogueId().equals(id));
        assertThat(next.pending(DIALOGUES, id)).isZero();
        await().untilAsserted(() -> assertThat(next.sweep.backlog()).singleElement().satisfies(backlog -> {
            assertThat(backlog.entries()).isZero();
            assertThat(backlog.oldest()).isNull();
        }));
    }

    /** A relay executor whose rounds wait until the latch opens. */
    private static ExecutorService pausedUntil(CountDownLatch open) {
        ExecutorService executor = Executors.newSingleThreadExecutor();
        executor.execute(() -> {
            try {
                open.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return executor;
    }

    @Test
    void publishesEventsWrittenWhileTheOutboxWasHeldWithoutWaitingForASweep() {
        // No sweep runs here: what a round's claim misses because another round holds the
        // outbox must be queued again by the holder once it has released it.
        OutboxFixture service = instance(OutboxFixture.newDatabase(), Executors.newFixedThreadPool(2));
        String id = TestEvents.newId();
        service.insert(id, "v1", TestEvents.scheduled(id));
        for (int version = 2; version <= 30; version++) {
            service.update(id, version - 1, "v" + version, TestEvents.opened(id, version));
        }

        EventProbe probe = probe();
        await().untilAsserted(() -> assertThat(probe.events(DialogueOpened.class, e -> e.getDialogueId().equals(id)))
                .extracting(e -> e.getMeta().getAggregateVersion()).containsExactlyElementsOf(
                        IntStream.rangeClosed(2, 30).mapToObj(Long::valueOf).toList()));
        assertThat(service.pending(DIALOGUES, id)).isZero();
    }

    @Test
    void aWriteWhosePublishNeverHappenedIsPublishedByTheNextInstance() {
        String database = OutboxFixture.newDatabase();
        OutboxFixture crashedInstance = crashedAfterWrites(database);
        String id = writtenBy(crashedInstance);
        assertThat(crashedInstance.pending(DIALOGUES, id)).isEqualTo(1);

        OutboxFixture nextInstance = instance(database, Executors.newSingleThreadExecutor());
        nextInstance.dialogues();

        probe().await(DialogueScheduled.class, e -> e.getDialogueId().equals(id));
        assertThat(nextInstance.pending(DIALOGUES, id)).isZero();
    }

    @Test
    void aRunningInstanceSweepsWhatAnotherInstanceLeftBehind() {
        String database = OutboxFixture.newDatabase();
        OutboxFixture running = instance(database, Executors.newSingleThreadExecutor());
        running.dialogues();
        OutboxFixture crashedInstance = crashedAfterWrites(database);
        String id = writtenBy(crashedInstance);
        assertThat(crashedInstance.marked(DIALOGUES, id)).isTrue();

        running.sweep.sweepAll();

        probe().await(DialogueScheduled.class, e -> e.getDialogueId().equals(id));
        assertThat(running.pending(DIALOGUES, id)).isZero();
        await().untilAsserted(() -> assertThat(running.marked(DIALOGUES, id)).isFalse());
    }

    @Test
    void atStartItAlsoPublishesAnOutboxThatWasNeverMarked() {
        // As an earlier version of the suite, which had no mark, may have left it.
        String database = OutboxFixture.newDatabase();
        OutboxFixture running = instance(database, Executors.newSingleThreadExecutor());
        running.dialogues();
        OutboxFixture crashedInstance = crashedAfterWrites(database);
        String id = writtenBy(crashedInstance);
        change(crashedInstance, id, new Update().unset(AggregateDocuments.RELAY_PENDING));
        running.sweep.sweepAll();
        assertThat(running.pending(DIALOGUES, id)).as("not marked, so not found by the periodic sweep").isEqualTo(1);

        OutboxFixture nextInstance = instance(database, Executors.newSingleThreadExecutor());
        nextInstance.dialogues();

        probe().await(DialogueScheduled.class, e -> e.getDialogueId().equals(id));
        assertThat(nextInstance.pending(DIALOGUES, id)).isZero();
    }

    @Test
    void aMarkLeftByAHolderThatDiedIsRemovedOnceItsLeaseExpires() {
        // The holder published and emptied the outbox, but died before it unmarked it.
        String database = OutboxFixture.newDatabase();
        OutboxFixture written = crashedAfterWrites(database);
        String id = writtenBy(written);
        change(written, id, new Update().set(AggregateDocuments.OUTBOX, List.of()));
        lease(written, id, System.currentTimeMillis() - 1_000);

        OutboxFixture next = instance(database, Executors.newSingleThreadExecutor());
        next.dialogues();
        assertThat(next.marked(DIALOGUES, id)).as("its outbox is empty: the scan at start passes it by").isTrue();
        next.sweep.sweepAll();

        assertThat(next.marked(DIALOGUES, id)).isFalse();
        assertThat(next.published()).isZero();
    }

    @Test
    void takesOverAnOutboxWhoseHolderDiedButLeavesOneThatIsStillHeld() {
        String database = OutboxFixture.newDatabase();
        OutboxFixture written = crashedAfterWrites(database);
        String dead = TestEvents.newId();
        String held = TestEvents.newId();
        written.insert(dead, "dead holder", TestEvents.scheduled(dead));
        written.insert(held, "live holder", TestEvents.scheduled(held));
        lease(written, dead, System.currentTimeMillis() - 1_000);
        lease(written, held, System.currentTimeMillis() + 600_000);

        OutboxFixture next = instance(database, Executors.newSingleThreadExecutor());
        next.relay(dead);
        next.relay(held);

        probe().await(DialogueScheduled.class, e -> e.getDialogueId().equals(dead));
        assertThat(next.pending(DIALOGUES, dead)).isZero();
        assertThat(next.pending(DIALOGUES, held)).isEqualTo(1);
    }

    private static void lease(OutboxFixture fixture, String id, long until) {
        change(fixture, id, Update.update(AggregateDocuments.RELAY_LEASE, until));
    }

    /** Changes a stored dialogue behind the repository's back, as a crash or an older version left it. */
    private static void change(OutboxFixture fixture, String id, Update update) {
        fixture.mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), update, DIALOGUES);
    }

    /** A new dialogue with its first event, written through this instance's repository: its id. */
    private static String writtenBy(OutboxFixture instance) {
        String id = TestEvents.newId();
        instance.insert(id, "written", TestEvents.scheduled(id));
        return id;
    }

    @Test
    void aWriteAtAStaleVersionStoresNothing() {
        OutboxFixture service = instance(OutboxFixture.newDatabase(), Executors.newSingleThreadExecutor());
        String id = TestEvents.newId();
        service.insert(id, "v1", TestEvents.scheduled(id));
        service.update(id, 1, "v2", TestEvents.opened(id, 2));

        assertThatThrownBy(() -> service.update(id, 1, "late", TestEvents.opened(id, 2)))
                .isInstanceOf(StaleVersionException.class).hasMessageContaining("is at version 2, not at version 1");

        Named stored = service.dialogues().find(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.name()).isEqualTo("v2");
    }

    @Test
    void twoInstancesPublishEachEventOnce() {
        String database = OutboxFixture.newDatabase();
        OutboxFixture first = instance(database, Executors.newFixedThreadPool(2));
        OutboxFixture second = instance(database, Executors.newFixedThreadPool(2));
        first.dialogues();
        second.dialogues();
        // Both instances also sweep the collection every 20 ms, racing the relays after each write.
        ScheduledExecutorService sweeps = Executors.newScheduledThreadPool(2);
        open.add(sweeps::shutdownNow);
        sweeps.scheduleWithFixedDelay(first.sweep::sweepAll, 0, 20, TimeUnit.MILLISECONDS);
        sweeps.scheduleWithFixedDelay(second.sweep::sweepAll, 0, 20, TimeUnit.MILLISECONDS);

        List<String> ids = IntStream.range(0, 40).mapToObj(i -> TestEvents.newId()).toList();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            OutboxFixture writer = i % 2 == 0 ? first : second;
            OutboxFixture other = i % 2 == 0 ? second : first;
            writer.insert(id, "new", TestEvents.scheduled(id));
            other.update(id, 1, "open", TestEvents.opened(id, 2));
        }
        EventProbe probe = probe();
        await().untilAsserted(() -> assertThat(probe.events(DialogueOpened.class,
                e -> ids.contains(e.getDialogueId()))).hasSize(ids.size()));

        assertThat(probe.events(DialogueScheduled.class, e -> ids.contains(e.getDialogueId())))
                .extracting(DialogueScheduled::getDialogueId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(probe.events(DialogueOpened.class, e -> ids.contains(e.getDialogueId())))
                .extracting(DialogueOpened::getDialogueId).containsExactlyInAnyOrderElementsOf(ids);
        assertThat(first.published() + second.published()).isEqualTo(2.0 * ids.size());
        await().untilAsserted(() -> assertThat(ids).noneMatch(id -> first.marked(DIALOGUES, id)));
    }

    @Test
    void anEventThatWasPublishedButNotRemovedIsPublishedAgain() {
        String database = OutboxFixture.newDatabase();
        OutboxFixture service = crashedAfterWrites(database);
        String id = TestEvents.newId();
        DialogueScheduled event = TestEvents.scheduled(id);
        service.insert(id, "written", event);
        // The relay published, then crashed before it removed the event from the outbox.
        service.kafka.send(TOPIC, id.getBytes(), OutboxFixture.CODEC.encode(event)).join();

        OutboxFixture restarted = instance(database, Executors.newSingleThreadExecutor());
        restarted.dialogues();

        EventProbe probe = probe();
        await().untilAsserted(() -> assertThat(probe.events(DialogueScheduled.class,
                e -> e.getDialogueId().equals(id))).hasSize(2));
        assertThat(restarted.pending(DIALOGUES, id)).isZero();
    }

    @Test
    void countsWhatItPublished() {
        OutboxFixture service = instance(OutboxFixture.newDatabase(), Executors.newSingleThreadExecutor());
        String id = TestEvents.newId();
        service.insert(id, "v1", TestEvents.scheduled(id), TestEvents.opened(id, 2));

        await().atMost(Duration.ofSeconds(10)).until(() -> service.published() == 2.0);
    }
}

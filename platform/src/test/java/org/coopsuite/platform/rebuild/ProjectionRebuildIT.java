package org.coopsuite.platform.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.stream.LongStream;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.coopsuite.platform.messaging.Trail;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.web.client.RestClient;

/**
 * Rebuilding a projection of {@value #EVENTS} events on the real binder, broker and MongoDB-wire server, through the operator
 * endpoints: a rebuild killed half-way with SIGKILL (in a JVM of its own, {@link HaltedRebuild})
 * leaves the live views as they were and its shadow, which the next drops; a rebuild cancelled
 * half-way leaves the live views as they were; a dry run reports a difference planted in the live
 * views; a rebuild while events keep arriving and the live views keep answering swaps in views
 * that hold every event exactly once, the planted difference gone; no reaction runs for it.
 *
 * <p>The issue's figure is 100,000 events: {@code -Drebuild.events=100000} (about 100 s of test
 * on a loaded 2-core machine, against about 30 s for the default).
 *
 * <p>On the funding topic, which no other test of this module writes: a rebuild reads a topic from
 * its beginning, and this JVM's other test classes write theirs (the test events are dialogue
 * events; the projection does not mind).
 */
@ServiceIntegrationTest(classes = ProjectionRebuildIT.App.class, properties = {
    "spring.application.name=rebuild-test",
    "spring.cloud.function.definition=fundingEvents",
    "spring.cloud.stream.bindings.fundingEvents-in-0.destination=coop.funding.events"})
class ProjectionRebuildIT {

    static final int EVENTS = 20_000;
    static final String COLLECTION = "rebuildTrails";
    static final String PREFIX = "rb-" + TestEvents.newId() + "-";
    static final Set<String> REACTED = ConcurrentHashMap.newKeySet();
    static final AtomicLong REACTIONS = new AtomicLong();

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class App {

        @Bean
        TrailsProjection trails() {
            return new TrailsProjection();
        }

        @Bean
        Subscription trailsOfFunding(TrailsProjection trails) {
            return Subscription.projects(EventTopic.FUNDING, trails);
        }

        /** A reaction: counts the events of this test it is run for. */
        @Bean
        Subscription countsReactions() {
            return Subscription.reacts(EventTopic.FUNDING, event -> {
                String id = EventCodec.meta(event).getAggregateId() + "@" + EventCodec.meta(event).getAggregateVersion();
                if (id.startsWith(PREFIX)) {
                    REACTIONS.incrementAndGet();
                    REACTED.add(id);
                }
            });
        }

        @Bean
        Consumer<Message<List<byte[]>>> fundingEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
            return consumers.of(EventTopic.FUNDING, subscriptions);
        }
    }

    /** The versions of each aggregate's events in the order applied: a lost or doubled event shows. */
    static class TrailsProjection implements Projection<Trail> {

        @Override
        public String collection() {
            return COLLECTION;
        }

        @Override
        public Class<Trail> viewType() {
            return Trail.class;
        }

        @Override
        public Trail newView(String id) {
            return new Trail(id);
        }

        @Override
        public void apply(Trail view, SpecificRecord event) {
            view.getVersions().add(EventCodec.meta(event).getAggregateVersion());
        }
    }

    @Autowired
    TrailsProjection trails;
    @Autowired
    Projector projector;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    ReferenceData reference;
    @LocalServerPort
    int port;

    final int aggregates = 1_000;
    final Map<String, Long> produced = new ConcurrentHashMap<>();

    @Test
    void killedOrCancelledLeavesTheLiveViewsThenADryRunFindsAPlantedDifferenceThenARebuildUnderLoadSwapsInEveryEventOnce()
            throws Exception {
        int events = Integer.getInteger("rebuild.events", EVENTS);
        for (int i = 0; i < events; i++) {
            send(PREFIX + (i % aggregates));
        }
        kafka.flush();
        await().atMost(Duration.ofMinutes(3)).until(() -> REACTIONS.get() >= events);
        List<Document> before = mine(COLLECTION);
        assertThat(before).hasSize(aggregates);

        // A rebuild killed half-way (SIGKILL of its JVM) leaves the live views as they were, and its shadow behind.
        String shadow = COLLECTION + RebuildJob.SHADOW_SUFFIX;
        Path signal = Files.createTempFile("halted-rebuild", ".signal");
        Files.delete(signal);
        Process halted = HaltedRebuild.start(TestInfrastructure.shared().mongoConnectionString(), mongo.getDb().getName(),
                TestInfrastructure.shared().kafkaBootstrapServers(), events / 2, signal, Path.of("target/halted-rebuild.log"));
        try {
            await("the rebuild in its own JVM half-way").atMost(Duration.ofMinutes(2))
                    .until(() -> Files.exists(signal) || !halted.isAlive());
            assertThat(halted.isAlive()).as("halted half-way, not ended (target/halted-rebuild.log)").isTrue();
        } finally {
            halted.destroyForcibly().waitFor();
        }
        assertThat(halted.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        assertThat(mine(COLLECTION)).isEqualTo(before);
        assertThat(mongo.getCollection(shadow).countDocuments()).as("the shadow the killed rebuild left").isPositive();

        // The next rebuild drops that shadow; cancelled half-way, it leaves the live views as they were.
        String cancelled = start(false);
        await().until(() -> ((Number) rebuild(cancelled).get("eventsRead")).longValue() > events / 4);
        assertThat(operator().post().uri("/api/operator/rebuilds/" + cancelled + "/cancellation").retrieve()
                .toEntity(Map.class).getStatusCode().value()).isEqualTo(200);
        await().until(() -> "CANCELLED".equals(rebuild(cancelled).get("state")));
        assertThat(mine(COLLECTION)).isEqualTo(before);
        assertThat(mongo.collectionExists(shadow)).isFalse();

        // A dry run reports the difference planted in the live views, and changes nothing.
        String planted = PREFIX + 7;
        mongo.getCollection(COLLECTION).updateOne(new Document("_id", planted),
                new Document("$set", new Document("versions", List.of(99L))));
        String dryRun = start(true);
        await().atMost(Duration.ofMinutes(2)).until(() -> "COMPARED".equals(rebuild(dryRun).get("state")));
        Map<String, Object> compared = rebuild(dryRun);
        assertThat(compared.get("differenceCount")).isEqualTo(1);
        assertThat(compared.get("differences")).isEqualTo(
                List.of(Map.of("id", planted, "kind", "DIFFERENT", "fields", List.of("versions"))));
        assertThat(mongo.collectionExists(COLLECTION + RebuildJob.SHADOW_SUFFIX)).isFalse();

        // A rebuild while events keep arriving and the live views keep answering.
        long reactionsBefore = REACTIONS.get();
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicLong queries = new AtomicLong();
        AtomicLong unanswered = new AtomicLong();
        List<Throwable> failures = new ArrayList<>();
        Thread load = new Thread(() -> keepSending(loading, aggregates), "rebuild-test-load");
        Thread query = new Thread(() -> keepQuerying(loading, queries, unanswered, failures), "rebuild-test-query");
        load.start();
        query.start();
        String swapped = start(false);
        assertThat(operator().post().uri("/api/operator/projections/" + COLLECTION + "/rebuilds")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("dryRun", false)).retrieve()
                .toEntity(Map.class).getStatusCode().value()).isEqualTo(409);
        // So does a second instance of the service, on the same database: the rebuild holds the projection's lease.
        try (ProjectionRebuilds secondInstance = new ProjectionRebuilds(List.of(Subscription.projects(EventTopic.FUNDING,
                trails)), projector, mongo, codec, Map.of(), LiveBindings.NONE, java.time.Clock.systemUTC(),
                new EventReferences(reference))) {
            assertThatThrownBy(() -> secondInstance.start(COLLECTION, false))
                    .isInstanceOf(ProjectionRebuilds.RebuildRunningException.class)
                    .hasMessageContaining("on another instance").hasMessageEndingWith(swapped);
        }
        await().atMost(Duration.ofMinutes(2)).until(() -> rebuild(swapped).get("state").toString().matches("SWAPPED|FAILED"));
        loading.set(false);
        join(load);
        join(query);
        Map<String, Object> done = rebuild(swapped);
        assertThat(done.get("state")).as("%s", done).isEqualTo("SWAPPED");
        assertThat(((Number) done.get("totalAtStart")).longValue()).isGreaterThanOrEqualTo(events);
        long sent = produced.values().stream().mapToLong(Long::longValue).sum();
        await().atMost(Duration.ofMinutes(1)).until(() -> REACTIONS.get() >= sent);

        assertThat(failures).isEmpty();
        assertThat(queries.get()).isPositive();
        assertThat(mongo.getCollection(RebuildLeases.COLLECTION).countDocuments(new Document("_id", COLLECTION)))
                .as("the lease given up").isZero();
        // mongo-java-server's renameCollection drops the target, then moves the source: one query may fall between.
        assertThat(unanswered.get()).isLessThanOrEqualTo(1);
        await().untilAsserted(() -> {
            List<Document> after = mine(COLLECTION);
            assertThat(after).hasSize(produced.size());
            for (Document view : after) {
                long last = produced.get(view.getString("_id"));
                assertThat(view.getList("versions", Long.class)).as(view.getString("_id"))
                        .isEqualTo(LongStream.rangeClosed(1, last).boxed().toList());
            }
        });
        assertThat(REACTIONS.get()).as("reactions: each event once, none for the rebuild").isEqualTo(sent);
        assertThat(REACTED).hasSize((int) sent);
        assertThat(REACTIONS.get() - reactionsBefore).isEqualTo(sent - events);
        assertThat(mongo.getCollection(COLLECTION).find(new Document("_id", planted)).first().getLong("revision"))
                .isGreaterThan(Long.parseLong(String.valueOf(System.currentTimeMillis() - 600_000)) * 1000);
    }

    private void keepSending(AtomicBoolean loading, int from) {
        int next = 0;
        while (loading.get()) {
            // Existing aggregates get later versions, new ones their first.
            send(PREFIX + (next % 2 == 0 ? next % aggregates : from + next));
            next++;
            if (next % 10 == 0) {
                kafka.flush();
                // Commands keep arriving at about 500 a second: pacing the load, not waiting for a result.
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
        kafka.flush();
    }

    private void keepQuerying(AtomicBoolean loading, AtomicLong queries, AtomicLong unanswered, List<Throwable> failures) {
        int n = 0;
        while (loading.get()) {
            try {
                if (projector.find(trails, PREFIX + (n++ % aggregates)).isEmpty()) {
                    unanswered.incrementAndGet();
                }
                queries.incrementAndGet();
            } catch (RuntimeException e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        }
    }

    private void send(String aggregate) {
        long version = produced.merge(aggregate, 1L, Long::sum);
        SpecificRecord event = version == 1 ? TestEvents.scheduled(aggregate) : TestEvents.opened(aggregate, version);
        kafka.send(new ProducerRecord<>(EventTopic.FUNDING.topic(), aggregate.getBytes(StandardCharsets.UTF_8),
                codec.encode(event)));
    }

    private List<Document> mine(String collection) {
        List<Document> found = new ArrayList<>();
        mongo.getCollection(collection).find(new Document("_id", new Document("$regex", "^" + PREFIX)))
                .sort(new Document("_id", 1)).into(found);
        return found;
    }

    private String start(boolean dryRun) {
        ResponseEntity<Map> answer = operator().post().uri("/api/operator/projections/" + COLLECTION + "/rebuilds")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("dryRun", dryRun)).retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(202);
        assertThat(answer.getHeaders().getLocation()).hasToString("/api/operator/rebuilds/" + answer.getBody().get("id"));
        return (String) answer.getBody().get("id");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> rebuild(String id) {
        return operator().get().uri("/api/operator/rebuilds/" + id).retrieve().body(Map.class);
    }

    private RestClient operator() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.as(Role.OPERATOR).side("EU").subject("olga").bearer())
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    private static void join(Thread thread) {
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

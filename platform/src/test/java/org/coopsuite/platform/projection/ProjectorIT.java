package org.coopsuite.platform.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.messaging.EventFailedException;
import org.coopsuite.platform.messaging.Failures;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

class ProjectorIT {

    private static final MongoClient MONGO = MongoClients.create(TestInfrastructure.shared().mongoConnectionString());

    private final MongoTemplate mongo = new MongoTemplate(MONGO, "projector-" + UUID.randomUUID().toString().substring(0, 8));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Projector projector = new Projector(mongo, registry, 100);
    private final DialogueCountProjection counting = new DialogueCountProjection();
    private final String a = TestEvents.newId();
    private final String b = TestEvents.newId();

    @BeforeEach
    void register() {
        projector.register(counting);
    }

    @Test
    void appliesABatchToEachViewItTouchesInOneWrite() {
        projector.project(counting, List.of(TestEvents.scheduled(a), TestEvents.scheduled(b), TestEvents.opened(a, 2)));

        assertThat(view(a).events()).isEqualTo(2);
        assertThat(view(a).getAppliedVersions()).containsExactly(Map.entry(a, 2L));
        assertThat(view(b).events()).isEqualTo(1);
        assertThat(List.of(view(a).getRevision(), view(b).getRevision())).containsOnly(1L);
    }

    @Test
    void skipsAndCountsAnEventAtAVersionAlreadyApplied() {
        DialogueOpened opened = TestEvents.opened(a, 2);
        projector.project(counting, List.of(TestEvents.scheduled(a), opened));

        projector.project(counting, List.of(opened, TestEvents.opened(a, 3)));

        assertThat(view(a).events()).isEqualTo(3);
        assertThat(view(a).getAppliedVersions()).containsEntry(a, 3L);
        assertThat(count("coop.projection.duplicates")).isEqualTo(1);
        assertThat(count("coop.projection.gaps")).isZero();
    }

    @Test
    void keepsTheEventIdOfTheLastVersionAppliedFromEachAggregate() {
        DialogueOpened opened = TestEvents.opened(a, 2);
        projector.project(counting, List.of(TestEvents.scheduled(a), opened));

        assertThat(view(a).getAppliedEventIds()).containsExactly(Map.entry(a, opened.getMeta().getEventId()));
    }

    @Test
    void failsAndCountsAnotherEventAtTheLastVersionAppliedAsADivergenceNotADuplicate() {
        projector.project(counting, List.of(TestEvents.scheduled(a), TestEvents.opened(a, 2)));
        DialogueOpened other = TestEvents.opened(a, 2);

        EventFailedException failed = catchThrowableOfType(EventFailedException.class,
                () -> projector.project(counting, List.of(TestEvents.scheduled(b), other, TestEvents.opened(a, 3))));

        assertThat(failed.index()).isEqualTo(1);
        assertThat(failed.getCause()).isInstanceOf(DivergentEventException.class)
                .hasMessageContaining("Dialogue " + a + " version 2").hasMessageContaining(other.getMeta().getEventId());
        assertThat(Failures.classify(failed)).isEqualTo(Failures.Kind.DETERMINISTIC);
        assertThat(view(a).events()).isEqualTo(2);
        assertThat(view(a).getAppliedVersions()).containsEntry(a, 2L);
        assertThat(view(b).events()).isEqualTo(1);
        assertThat(count("coop.projection.divergent")).isEqualTo(1);
        assertThat(count("coop.projection.duplicates")).isZero();
    }

    @Test
    void takesAnOlderVersionForADuplicateWhateverItsEventIdAndAViewWithoutEventIdsTooForNone() {
        projector.project(counting, List.of(TestEvents.scheduled(a), TestEvents.opened(a, 2)));
        // a view written before event ids were kept: its version only
        mongo.upsert(Query.query(Criteria.where("_id").is(b)), new Update().set("events", 1).set("revision", 1)
                .set("appliedVersions", Map.of(b, 1L)), DialogueCountProjection.COLLECTION);

        projector.project(counting, List.of(TestEvents.scheduled(a), TestEvents.scheduled(b)));

        assertThat(view(a).events()).isEqualTo(2);
        assertThat(view(b).events()).isEqualTo(1);
        assertThat(count("coop.projection.duplicates")).isEqualTo(2);
        assertThat(count("coop.projection.divergent")).isZero();
    }

    @Test
    void appliesAndCountsAVersionThatSkipsAhead() {
        projector.project(counting, List.of(TestEvents.scheduled(a), TestEvents.opened(a, 4)));

        assertThat(view(a).events()).isEqualTo(2);
        assertThat(view(a).getAppliedVersions()).containsEntry(a, 4L);
        assertThat(count("coop.projection.gaps")).isEqualTo(1);
        assertThat(count("coop.projection.duplicates")).isZero();
    }

    @Test
    void writesTheEventsBeforeAFailingOneAndNamesItsIndexWithoutItsHalfChange() {
        DialogueOpened poison = TestEvents.opened(a, 2);
        DialogueCountProjection failingOnPoison = failingOn(poison);

        EventFailedException failed = catchThrowableOfType(EventFailedException.class, () -> projector.project(
                failingOnPoison, List.of(TestEvents.scheduled(a), TestEvents.scheduled(b), poison, TestEvents.opened(b, 2))));

        assertThat(failed.index()).isEqualTo(2);
        assertThat(view(a).events()).isEqualTo(1);
        assertThat(view(a).getAppliedVersions()).containsEntry(a, 1L);
        assertThat(view(b).events()).isEqualTo(1);
    }

    @Test
    void countsTheEventsWrittenBeforeAFailureOnce() {
        DialogueOpened poison = TestEvents.opened(a, 2);
        DialogueCountProjection failingOnPoison = failingOn(poison);

        assertThatThrownBy(() -> projector.project(failingOnPoison,
                List.of(TestEvents.scheduled(a), TestEvents.scheduled(b), poison))).isInstanceOf(EventFailedException.class);

        assertThat(view(a).events() + view(b).events()).isEqualTo(2);
        assertThat(count("coop.projection.applied")).isEqualTo(2);
    }

    @Test
    void takesTheViewsItWroteLastFromMemoryAndTheOthersFromTheServer() {
        projector.project(counting, List.of(TestEvents.scheduled(a)));

        projector.project(counting, List.of(TestEvents.opened(a, 2), TestEvents.scheduled(b)));

        assertThat(view(a).events()).isEqualTo(2);
        assertThat(views("memory")).isEqualTo(1);
        assertThat(views("server")).isEqualTo(2);
    }

    @Test
    void neverKeepsAViewThatAFailingEventHalfChanged() {
        projector.project(counting, List.of(TestEvents.scheduled(a)));
        DialogueOpened poison = TestEvents.opened(a, 2);
        DialogueCountProjection failingAfterCounting = failingOn(poison);
        assertThatThrownBy(() -> projector.project(failingAfterCounting, List.of(poison)))
                .isInstanceOf(EventFailedException.class);

        projector.project(counting, List.of(TestEvents.opened(a, 2)));

        assertThat(view(a).events()).isEqualTo(2);
        assertThat(view(a).getRevision()).isEqualTo(2);
    }

    @Test
    void aViewKeptInMemoryThatAnotherWriterChangedIsRefusedThenReadAfresh() {
        projector.project(counting, List.of(TestEvents.scheduled(a)));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(a)),
                new Update().inc("revision", 1).set("events", 10), DialogueCountProjection.COLLECTION);

        assertThatThrownBy(() -> projector.project(counting, List.of(TestEvents.opened(a, 2))))
                .isInstanceOf(ProjectionConflictException.class);
        projector.project(counting, List.of(TestEvents.opened(a, 2)));

        assertThat(view(a).events()).isEqualTo(11);
        assertThat(view(a).getRevision()).isEqualTo(3);
    }

    @Test
    void refusesToOverwriteAViewAnotherWriterChangedMeanwhile() {
        projector.project(counting, List.of(TestEvents.scheduled(a)));
        DialogueCountProjection racedByAnotherWriter = new DialogueCountProjection(event -> mongo.updateFirst(
                Query.query(Criteria.where("_id").is(a)), new Update().inc("revision", 1), DialogueCountProjection.COLLECTION));

        assertThatThrownBy(() -> projector.project(racedByAnotherWriter, List.of(TestEvents.opened(a, 2))))
                .isInstanceOf(ProjectionConflictException.class);

        assertThat(view(a).events()).isEqualTo(1);
        assertThat(view(a).getRevision()).isEqualTo(2);
    }

    private DialogueCount view(String id) {
        return mongo.findById(id, DialogueCount.class, DialogueCountProjection.COLLECTION);
    }

    private double count(String counter) {
        return registry.find(counter).tag("projection", DialogueCountProjection.COLLECTION).counters().stream()
                .mapToDouble(c -> c.count()).sum();
    }

    private double views(String source) {
        return registry.find("coop.projection.views").tag("projection", DialogueCountProjection.COLLECTION)
                .tag("source", source).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    /** Counts like {@code counting}, then fails on {@code poison}: its view is left half changed. */
    private static DialogueCountProjection failingOn(SpecificRecord poison) {
        return new DialogueCountProjection(event -> {
            if (event == poison) {
                throw new IllegalStateException("cannot apply");
            }
        });
    }
}

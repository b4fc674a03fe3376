package org.coopsuite.platform.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.aggregate.AggregateRepository.Element;
import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.event.EventContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;

/** The repository over a real server: loads, guarded saves, the event context and queries on the state's own names. */
class AggregateRepositoryIT {

    private static final LocalDate DAY = LocalDate.of(2027, 3, 1);

    private final ExecutorService relayExecutor = Executors.newSingleThreadExecutor();
    private final OutboxFixture instance = new OutboxFixture(OutboxFixture.newDatabase(), relayExecutor);
    private final AggregateRepository<Meeting> meetings = instance.aggregates.repository("meetings", Meeting.class);

    @AfterEach
    void close() {
        instance.close();
        relayExecutor.shutdownNow();
    }

    @Test
    void loadsWhatItSavedOrAnswersNotFoundOrNamesBothVersionsWhenStale() {
        String id = TestEvents.newId();
        meetings.save(meeting(id, "A", DAY));

        assertThat(meetings.load(id).date()).isEqualTo(DAY);
        assertThat(meetings.load(id, 1L).version()).isEqualTo(1);
        assertThat(meetings.load(id, null).version()).isEqualTo(1);
        assertThatThrownBy(() -> meetings.load(id, 4L)).isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("is at version 1, not at version 4");
        assertThatThrownBy(() -> meetings.load("no-such-meeting")).isInstanceOf(NotFoundException.class)
                .hasMessage("Meeting no-such-meeting does not exist");
    }

    @Test
    void insertsANewAggregateOnceAndWritesNothingForATransitionThatRecordedNothing() {
        String id = TestEvents.newId();

        assertThat(meetings.insert(meeting(id, "A", DAY))).isTrue();
        assertThat(meetings.insert(meeting(id, "B", DAY))).as("its id is taken").isFalse();
        assertThatThrownBy(() -> meetings.save(meeting(id, "B", DAY))).isInstanceOf(StaleVersionException.class)
                .hasMessageContaining("is at version 1, not at version 0");
        Meeting unchanged = meetings.load(id);
        assertThat(meetings.save(unchanged)).isSameAs(unchanged);
        assertThat(meetings.load(id).version()).isEqualTo(1);
    }

    @Test
    void pagesOnTheStatesOwnFieldsWithTheTotal() {
        String first = save("A", DAY);
        String second = save("A", DAY.plusDays(1));
        String third = save("A", DAY.plusDays(2));
        save("A", DAY.minusDays(1));
        save("B", DAY);
        Criteria levelAFromDay = new Criteria().andOperator(Criteria.where("level").is("A"),
                Criteria.where("date").gte(DAY));

        Page<Meeting> page = meetings.page(levelAFromDay, Sort.by("date"), PageRequest.of(0, 2));
        Page<Meeting> next = meetings.page(levelAFromDay, Sort.by("date"), PageRequest.of(1, 2));

        assertThat(page.getContent()).extracting(Meeting::id).containsExactly(first, second);
        assertThat(next.getContent()).extracting(Meeting::id).containsExactly(third);
        assertThat(page.getTotalElements()).isEqualTo(3);
        assertThat(page.getTotalPages()).isEqualTo(2);
        assertThat(meetings.ids(levelAFromDay)).containsExactlyInAnyOrder(first, second, third);
        assertThat(meetings.firstId(levelAFromDay, Sort.by(Sort.Direction.DESC, "date"))).contains(third);
        assertThat(meetings.exists(Criteria.where("level").is("C"))).isFalse();
    }

    @Test
    void pagesTheElementsOfAnArrayInTheStatesWithTheTotal() {
        String id = TestEvents.newId();
        meetings.save(Meeting.scheduled(id, "A", DAY, List.of(new Meeting.Item("i1", "EU", DAY.plusDays(3)),
                new Meeting.Item("i2", "JP", DAY.plusDays(1)), new Meeting.Item("i3", "EU", DAY.plusDays(2))), null));
        Criteria euItems = Criteria.where("owner").is("EU").and("due").gte(DAY);

        Page<Element<Meeting.Item>> page = meetings.elements("items", euItems, Sort.by("due"), Meeting.Item.class,
                PageRequest.of(0, 1));

        assertThat(page.getContent()).extracting(Element::aggregateId).containsExactly(id);
        assertThat(page.getContent()).extracting(element -> element.value().id()).containsExactly("i3");
        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(meetings.countElements("items", euItems)).isEqualTo(2);
        assertThat(meetings.ids(Criteria.where("items").elemMatch(Criteria.where("owner").is("JP")))).contains(id);
    }

    @Test
    void stampsEventsOnTheThreadTheAggregateBelongsToCausedByTheCurrentWork() {
        Meeting onThread = meeting(TestEvents.newId(), "A", DAY);
        Meeting ownThread = Meeting.scheduled(TestEvents.newId(), "A", DAY, List.of(), null);

        try (Correlation.Scope work = Correlation.open("request-7", "cause-7")) {
            EventContext carried = meetings.context(onThread);
            EventContext own = meetings.context(ownThread);

            assertThat(carried.correlationId()).isEqualTo("thread-1");
            assertThat(carried.causationId()).isEqualTo("cause-7");
            assertThat(own.correlationId()).isEqualTo("request-7");
            assertThat(carried.producer()).isEqualTo("platform-test");
        }
    }

    private String save(String level, LocalDate date) {
        String id = TestEvents.newId();
        meetings.save(meeting(id, level, date));
        return id;
    }

    /** A meeting with no items on the thread {@code thread-1} (each test has a database of its own). */
    private static Meeting meeting(String id, String level, LocalDate date) {
        return Meeting.scheduled(id, level, date, List.of(), "thread-1");
    }
}

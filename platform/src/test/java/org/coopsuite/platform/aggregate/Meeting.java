package org.coopsuite.platform.aggregate;

import java.time.LocalDate;
import java.util.List;

import org.coopsuite.platform.TestEvents;
import org.coopsuite.platform.domain.AggregateRoot;

/** An aggregate with a state worth querying: a level, a date, items, and the thread it belongs to. */
final class Meeting extends AggregateRoot<Meeting> {

    /** An item on the meeting's list, owned by a side, due on a day. */
    record Item(String id, String owner, LocalDate due) {
    }

    private String id;
    private String level;
    private LocalDate date;
    private List<Item> items;
    private String correlationId;

    private Meeting() {
        // for the converter
    }

    /** A new meeting, with the first event of a dialogue recorded. */
    static Meeting scheduled(String id, String level, LocalDate date, List<Item> items, String correlationId) {
        Meeting meeting = new Meeting();
        meeting.id = id;
        meeting.level = level;
        meeting.date = date;
        meeting.items = items;
        meeting.correlationId = correlationId;
        meeting.record(TestEvents.scheduled(id));
        return meeting;
    }

    @Override
    public String id() {
        return id;
    }

    LocalDate date() {
        return date;
    }

    List<Item> items() {
        return items;
    }

    @Override
    public String correlationId() {
        return correlationId;
    }

    @Override
    protected String aggregateType() {
        return "Meeting";
    }
}

package org.coopsuite.dialogue.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.coopsuite.dialogue.dialogue.ActionItems;
import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueState;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.stereotype.Service;
import org.springframework.data.domain.PageRequest;

/**
 * The cooperation overview the regular exchange of views looks at: per strategic area and side,
 * from the call and funding events; per side, the action items open and overdue; and the
 * dialogues coming up.
 */
@Service
public class CooperationOverview {

    static final int UPCOMING = 20;

    private final CallOverviews calls;
    private final ActionItems actionItems;
    private final DialogueQueries dialogues;
    private final ReferenceData reference;
    private final Clock clock;

    CooperationOverview(CallOverviews calls, ActionItems actionItems, DialogueQueries dialogues, ReferenceData reference,
            Clock clock) {
        this.calls = calls;
        this.actionItems = actionItems;
        this.dialogues = dialogues;
        this.reference = reference;
        this.clock = clock;
    }

    /** The overview as of today. */
    public Snapshot now() {
        LocalDate today = LocalDate.now(clock);
        Map<String, SideActions> actions = new TreeMap<>();
        reference.sides().keySet().forEach(side -> actions.put(side, new SideActions(
                actionItems.count(side, ActionItemState.OPEN), actionItems.count(side, ActionItemState.OVERDUE))));
        List<Upcoming> upcoming = dialogues.list(null, DialogueState.SCHEDULED, today, null, PageRequest.of(0, UPCOMING)).stream()
                .map(d -> new Upcoming(d.id(), d.title(), d.level(), d.date(), d.dateToBeConfirmed())).toList();
        return new Snapshot(today, AreaTotals.perArea(calls.all()), actions, upcoming);
    }

    /** The overview on one day. */
    public record Snapshot(LocalDate asOf, Map<String, AreaOverview> areas, Map<String, SideActions> actionItems,
            List<Upcoming> upcomingDialogues) {
    }

    /** A side's action items still to do. */
    public record SideActions(long open, long overdue) {
    }

    /** A scheduled dialogue, with whether its date is still only proposed. */
    public record Upcoming(String id, String title, DialogueLevel level, LocalDate date, boolean dateToBeConfirmed) {
    }
}

package org.coopsuite.dialogue.overview;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.coopsuite.dialogue.actionitem.ActionItems;
import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueState;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.stereotype.Service;

/**
 * The cooperation overview the regular exchange of views looks at: per strategic area and side,
 * from the call and funding events; per side, the action items open and overdue; and the
 * dialogues coming up.
 */
@Service
public class CooperationOverview {

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

    /** The overview as of today, with one page of the dialogues coming up. */
    public Snapshot now(Paging upcomingPage) {
        LocalDate today = LocalDate.now(clock);
        Map<String, SideActions> actions = new TreeMap<>();
        reference.sides().keySet().forEach(side -> actions.put(side, new SideActions(
                actionItems.count(side, ActionItemState.OPEN), actionItems.count(side, ActionItemState.OVERDUE))));
        PageOf<Upcoming> upcoming = PageOf.from(dialogues.list(null, DialogueState.SCHEDULED, today, null,
                upcomingPage.pageable()), d -> new Upcoming(d.id(), d.title(), d.level(), d.date(), d.dateToBeConfirmed()));
        var all = calls.all();
        return new Snapshot(today, AreaTotals.perArea(all), AreaTotals.perChallenge(all), actions, upcoming);
    }

    /** The overview on one day: per strategic area, per global challenge (each per side), per side. */
    public record Snapshot(LocalDate asOf, Map<String, AreaOverview> areas, Map<String, AreaOverview> challenges,
            Map<String, SideActions> actionItems,
            PageOf<Upcoming> upcomingDialogues) {
    }

    /** A side's action items still to do. */
    public record SideActions(long open, long overdue) {
    }

    /** A scheduled dialogue, with whether its date is still only proposed. */
    public record Upcoming(String id, String title, DialogueLevel level, LocalDate date, boolean dateToBeConfirmed) {
    }
}

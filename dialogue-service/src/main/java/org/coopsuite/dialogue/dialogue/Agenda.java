package org.coopsuite.dialogue.dialogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A dialogue's agenda. An item from an event is on it at most once however often the event is
 * delivered (its source event id is the guard), and an escalated matter at most once (its subject).
 */
class Agenda {

    private List<AgendaItem> items = new ArrayList<>();

    /** Adds the item unless the agenda covers it already; says whether it was added. */
    boolean add(AgendaItem item) {
        if (items.stream().anyMatch(existing -> existing.covers(item))) {
            return false;
        }
        items.add(item);
        return true;
    }

    List<AgendaItem> items() {
        return List.copyOf(items);
    }
}

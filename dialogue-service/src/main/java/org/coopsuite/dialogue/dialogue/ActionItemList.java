package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;

/**
 * The action items of a dialogue, with the rules of their bookkeeping: who an item may be assigned
 * to, who may complete it, which are overdue. Each change puts the item's new state in place of
 * the old one; the dialogue checks its own state first and records the events.
 */
class ActionItemList {

    private List<ActionItem> items = new ArrayList<>();

    /** A new open item, for a side that takes part in the dialogue. */
    ActionItem assign(String itemId, AssignActionItem command, List<String> participatingSides, String correlationId) {
        if (!participatingSides.contains(command.ownerSide())) {
            throw new InvalidCommandException(Map.of("ownerSide", "must be a participating side: " + participatingSides));
        }
        ActionItem item = ActionItem.open(itemId, command, correlationId);
        items.add(item);
        return item;
    }

    /** Completes an open or overdue item; only its owner side may. */
    ActionItem complete(String itemId, String side) {
        ActionItem item = get(itemId);
        if (!item.ownerSide().equals(side)) {
            throw new ForbiddenException("Action item " + itemId + " is owned by " + item.ownerSide() + ", not " + side);
        }
        return replace(item.completed());
    }

    /** Marks every open item whose due date is before today overdue; answers those it marked, in order. */
    List<ActionItem> markOverdue(LocalDate today) {
        List<ActionItem> marked = new ArrayList<>();
        for (ActionItem item : List.copyOf(items)) {
            if (item.isOverdueOn(today)) {
                marked.add(replace(item.overdue()));
            }
        }
        return marked;
    }

    ActionItem get(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException(ActionItem.TYPE, itemId));
    }

    private ActionItem replace(ActionItem changed) {
        items.set(items.indexOf(get(changed.id())), changed);
        return changed;
    }

    List<ActionItem> items() {
        return List.copyOf(items);
    }
}

package org.coopsuite.dialogue.dialogue;

import java.util.ArrayList;
import java.util.List;

import org.coopsuite.platform.domain.NotFoundException;

/** The action items of a dialogue; each change puts the item's new state in place of the old one. */
class ActionItemList {

    private List<ActionItem> items = new ArrayList<>();

    void add(ActionItem item) {
        items.add(item);
    }

    ActionItem get(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst()
                .orElseThrow(() -> new NotFoundException(ActionItem.TYPE, itemId));
    }

    ActionItem replace(ActionItem changed) {
        items.set(items.indexOf(get(changed.id())), changed);
        return changed;
    }

    List<ActionItem> items() {
        return List.copyOf(items);
    }
}

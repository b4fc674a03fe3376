package org.coopsuite.dialogue.actionitem;

import java.time.LocalDate;
import java.util.List;

import org.coopsuite.dialogue.dialogue.ActionItem;
import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The action items across all dialogues, as the overdue check and the listing query them. */
public interface ActionItems {

    /** Ids of the dialogues with at least one open item due before the given day. */
    List<String> dialoguesWithOpenItemsDueBefore(LocalDate day);

    /** One page of items, by due date, then dialogue and item id, with the total; a null filter matches any. */
    Page<ListedActionItem> list(String side, ActionItemState state, Pageable pageable);

    /** How many items of the side are in the state. */
    long count(String side, ActionItemState state);

    /** An action item with the dialogue it belongs to. */
    record ListedActionItem(String dialogueId, ActionItem item) {
    }
}

package org.coopsuite.dialogue.dialogue;

import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.ActionItemCompleted;
import org.coopsuite.schemas.dialogue.ActionItemOverdue;

/** The published events of an action item's transitions. */
final class ActionItemEvents {

    private ActionItemEvents() {
    }

    static ActionItemAssigned assigned(EventMeta meta, String dialogueId, ActionItem item) {
        return ActionItemAssigned.newBuilder().setMeta(meta).setDialogueId(dialogueId).setActionItemId(item.id())
                .setOwnerSide(item.ownerSide()).setDescription(item.description()).setDueDate(item.dueDate()).build();
    }

    static ActionItemCompleted completed(EventMeta meta, String dialogueId, ActionItem item) {
        return ActionItemCompleted.newBuilder().setMeta(meta).setDialogueId(dialogueId).setActionItemId(item.id())
                .build();
    }

    static ActionItemOverdue overdue(EventMeta meta, String dialogueId, ActionItem item) {
        return ActionItemOverdue.newBuilder().setMeta(meta).setDialogueId(dialogueId).setActionItemId(item.id())
                .setOwnerSide(item.ownerSide()).setDueDate(item.dueDate()).build();
    }
}

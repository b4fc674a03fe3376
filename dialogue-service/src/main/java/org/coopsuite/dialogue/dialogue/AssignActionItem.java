package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;

/** Assign an action item of a dialogue to one of its participating sides, due by a date. */
public record AssignActionItem(String ownerSide, String description, LocalDate dueDate) {
}

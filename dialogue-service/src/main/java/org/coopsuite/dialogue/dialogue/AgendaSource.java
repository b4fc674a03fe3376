package org.coopsuite.dialogue.dialogue;

/**
 * The event an agenda item was added from.
 *
 * @param subjectId what the item is about (a shortfall, call, action item or decision id): the
 *        matter an escalation follows from level to level
 */
public record AgendaSource(String eventId, String eventType, String aggregateId, String subjectId) {
}

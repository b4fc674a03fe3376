package org.coopsuite.dialogue.dialogue;

import org.coopsuite.schemas.common.EventMeta;

/**
 * The event an agenda item was added from.
 *
 * @param subjectId what the item is about (a shortfall, call, action item or decision id): the
 *        matter an escalation follows from level to level
 * @param correlationId the cooperation thread of the event, which the item and every escalation of
 *        it carry on, also when a scheduled check escalates it; null for an item stored before
 */
public record AgendaSource(String eventId, String eventType, String aggregateId, String subjectId,
        String correlationId) {

    /** The source of an item added from the event with this meta. */
    public static AgendaSource of(EventMeta meta, String subjectId) {
        return new AgendaSource(meta.getEventId(), meta.getEventType(), meta.getAggregateId(), subjectId,
                meta.getCorrelationId());
    }
}

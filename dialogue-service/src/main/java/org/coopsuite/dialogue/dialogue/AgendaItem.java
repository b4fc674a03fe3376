package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;

/**
 * One item on a dialogue's agenda.
 *
 * @param source the event it was added from; null for an item the secretariat added by hand
 * @param escalated true when it came one level up by escalation
 * @param addedOn the day it was added, from which a matter not taken up is counted
 */
public record AgendaItem(String id, String title, AgendaSource source, boolean escalated, LocalDate addedOn) {

    /** Whether this item stands for the same thing as another would: same causing event, or same escalated matter. */
    boolean covers(AgendaItem other) {
        if (source == null || other.source() == null) {
            return false;
        }
        return source.eventId().equals(other.source().eventId())
                || escalated && other.escalated() && source.subjectId().equals(other.source().subjectId());
    }
}

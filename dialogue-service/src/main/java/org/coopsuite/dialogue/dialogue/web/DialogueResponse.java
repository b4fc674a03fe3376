package org.coopsuite.dialogue.dialogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.dialogue.dialogue.ActionItem;
import org.coopsuite.dialogue.dialogue.AgendaItem;
import org.coopsuite.dialogue.dialogue.Decision;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueState;
import org.coopsuite.schemas.dialogue.DialogueLevel;

/**
 * A dialogue as the API shows it; {@code version} goes back in {@code If-Match} to guard a command.
 * {@code reason} is that of the postponement or cancellation behind the state, if any.
 */
record DialogueResponse(String id, long version, String title, DialogueLevel level, LocalDate date,
        boolean dateToBeConfirmed, String platformId, List<String> participatingSides, Map<String, String> coChairs,
        DialogueState state, String reason, List<AgendaItem> agenda, List<Decision> decisions,
        List<String> minutesApprovals, boolean minutesAdopted, List<ActionItem> actionItems) {

    static DialogueResponse of(Dialogue dialogue) {
        long version = dialogue.version() + dialogue.recordedEvents().size();
        return new DialogueResponse(dialogue.id(), version, dialogue.title(), dialogue.level(), dialogue.date(),
                dialogue.dateToBeConfirmed(), dialogue.platformId(), dialogue.participatingSides(), dialogue.coChairs(),
                dialogue.state(), dialogue.reason(), dialogue.agenda(), dialogue.decisions(), dialogue.minutesApprovals(),
                dialogue.minutesAdopted(), dialogue.actionItems());
    }
}

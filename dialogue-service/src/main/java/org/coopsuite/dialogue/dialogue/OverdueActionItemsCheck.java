package org.coopsuite.dialogue.dialogue;

import java.time.Clock;
import java.time.LocalDate;

import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.platform.domain.StaleVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The scheduled check that marks action items overdue once their due date has passed. Each item
 * is marked once: only an open item becomes overdue, and the write is guarded by the version the
 * dialogue was read at, so when two instances check at once only one of them writes.
 */
@Component
public class OverdueActionItemsCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueActionItemsCheck.class);

    private final ActionItems actionItems;
    private final DialogueService dialogues;
    private final Clock clock;

    OverdueActionItemsCheck(ActionItems actionItems, DialogueService dialogues, Clock clock) {
        this.actionItems = actionItems;
        this.dialogues = dialogues;
        this.clock = clock;
    }

    /** Runs the check now; the events it causes share one correlation id, the run's. */
    public void run() {
        try (Correlation.Scope run = Correlation.open(Correlation.newId(), "overdue-action-items-check")) {
            for (String dialogueId : actionItems.dialoguesWithOpenItemsDueBefore(LocalDate.now(clock))) {
                markOverdue(dialogueId);
            }
        }
    }

    private void markOverdue(String dialogueId) {
        try {
            dialogues.markOverdueActionItems(dialogueId);
        } catch (StaleVersionException e) {
            // another instance's check, or a command, wrote first; what is still open is found next run
            log.info("Dialogue {} changed while marking its action items overdue; left to the next run", dialogueId);
        }
    }
}

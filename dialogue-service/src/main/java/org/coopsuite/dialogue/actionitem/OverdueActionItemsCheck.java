package org.coopsuite.dialogue.actionitem;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.coopsuite.dialogue.dialogue.DialogueProperties;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.platform.domain.StaleVersionException;
import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The scheduled check that marks action items overdue once their due date has passed. Each item
 * is marked once: only an open item becomes overdue, and the write is guarded by the version the
 * dialogue was read at, so when two instances check at once only one of them writes. It runs at
 * start-up and then every {@code coop.dialogue.overdue-check-interval}.
 */
@Component
@EnableConfigurationProperties(DialogueProperties.class)
public class OverdueActionItemsCheck implements ScheduledCheck {

    private static final Logger log = LoggerFactory.getLogger(OverdueActionItemsCheck.class);

    private final ActionItems actionItems;
    private final DialogueService dialogues;
    private final DialogueProperties properties;
    private final Clock clock;

    OverdueActionItemsCheck(ActionItems actionItems, DialogueService dialogues, DialogueProperties properties,
            Clock clock) {
        this.actionItems = actionItems;
        this.dialogues = dialogues;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Duration interval() {
        return properties.overdueCheckInterval();
    }

    /**
     * Runs the check now. Each fact it raises carries the correlation id of the cooperation it concerns;
     * the run's own id is left only for what was stored before that was kept.
     */
    @Override
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

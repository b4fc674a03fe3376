package org.coopsuite.dialogue.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Predicate;

import org.coopsuite.dialogue.dialogue.AgendaItem;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueProperties;
import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.dialogue.overview.OpenShortfalls;
import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The scheduled check that escalates funding shortfalls no dialogue has taken up: on the agenda of
 * a dialogue that has not opened its session for {@code coop.dialogue.escalation.shortfall-days}
 * days, and not resolved by a top-up meanwhile (as the funding events projected into the overview
 * say); and a call's overdue co-funding likewise after {@code funding-overdue-days}, unless the
 * co-funding was secured meanwhile. It can run as often as it likes, on as many instances: a matter a level holds already is
 * not escalated again, and a consultation for it has an id derived from it. It runs at start-up
 * and then every {@code coop.dialogue.escalation.check-interval}.
 */
@Component
public class ShortfallEscalationCheck implements ScheduledCheck {

    static final String SHORTFALL = "FundingShortfallDetected";
    static final String FUNDING_OVERDUE = "CoFundingOverdue";
    private static final Logger log = LoggerFactory.getLogger(ShortfallEscalationCheck.class);

    private final DialogueQueries queries;
    private final DialogueService dialogues;
    private final Escalation escalation;
    private final OpenShortfalls shortfalls;
    private final DialogueProperties properties;
    private final Clock clock;

    ShortfallEscalationCheck(DialogueQueries queries, DialogueService dialogues, Escalation escalation,
            OpenShortfalls shortfalls, DialogueProperties properties, Clock clock) {
        this.queries = queries;
        this.dialogues = dialogues;
        this.escalation = escalation;
        this.shortfalls = shortfalls;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Duration interval() {
        return properties.escalation().checkInterval();
    }

    /**
     * Runs the check now. Each fact it raises carries the correlation id of the cooperation it concerns;
     * the run's own id is left only for what was stored before that was kept.
     */
    @Override
    public void run() {
        LocalDate today = LocalDate.now(clock);
        try (Correlation.Scope run = Correlation.open(Correlation.newId(), "shortfall-escalation-check")) {
            escalateNotTakenUp(SHORTFALL, today.minusDays(properties.escalation().shortfallDays()), shortfalls::isOpen);
            escalateNotTakenUp(FUNDING_OVERDUE, today.minusDays(properties.escalation().fundingOverdueDays()),
                    shortfalls::isFundingOverdue);
        }
    }

    private void escalateNotTakenUp(String eventType, LocalDate cutoff, Predicate<String> stillOpen) {
        for (String dialogueId : queries.notTakenUp(eventType, cutoff)) {
            escalateFrom(dialogues.get(dialogueId), eventType, cutoff, stillOpen);
        }
    }

    private void escalateFrom(Dialogue dialogue, String eventType, LocalDate cutoff, Predicate<String> stillOpen) {
        for (AgendaItem item : dialogue.agenda()) {
            if (item.source() != null && eventType.equals(item.source().eventType()) && !item.addedOn().isAfter(cutoff)
                    && stillOpen.test(item.source().subjectId())) {
                escalate(new Matter(item.title(), item.source(), dialogue.level(), dialogue.coChairs()));
            }
        }
    }

    private void escalate(Matter matter) {
        try {
            escalation.escalate(matter);
        } catch (RuntimeException e) {
            // one matter that fails (say a write conflict with a command) must not stop the others
            log.warn("Escalating {} failed; left to the next run", matter.source().subjectId(), e);
        }
    }
}

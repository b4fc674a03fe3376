package org.coopsuite.dialogue.escalation;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.dialogue.agenda.AgendaService;
import org.coopsuite.dialogue.dialogue.AgendaSource;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.dialogue.ActionItemOverdue;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.codec.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Escalates what the dialogues themselves report, read back from their own topic: an overdue
 * action item goes one level up from its dialogue's level (at the highest level, onto the next
 * dialogue of that level, as there is none higher); an {@code ESCALATION} decision refers its
 * matter one level up. Reading the event from the topic, rather than acting inside the overdue
 * check or the decision's request, makes the escalation as durable as the event: once the event
 * is stored, the escalation happens, even if the instance stops right after the write.
 */
@Component
public class EscalationTriggers {

    private static final Logger log = LoggerFactory.getLogger(EscalationTriggers.class);

    private final DialogueService dialogues;
    private final AgendaService agenda;
    private final Escalation escalation;

    EscalationTriggers(DialogueService dialogues, AgendaService agenda, Escalation escalation) {
        this.dialogues = dialogues;
        this.agenda = agenda;
        this.escalation = escalation;
    }

    /** Reacts to one event of the dialogue topic; only these two kinds concern it. */
    public void on(SpecificRecord event) {
        if (event instanceof ActionItemOverdue overdue) {
            dialogues.find(overdue.getDialogueId()).ifPresentOrElse(d -> onOverdue(overdue, d), () -> unknown(overdue));
        } else if (event instanceof DecisionRecorded decision && decision.getKind() == DecisionKind.ESCALATION) {
            dialogues.find(decision.getDialogueId()).ifPresentOrElse(d -> onEscalation(decision, d), () -> unknown(decision));
        }
    }

    private void onEscalation(DecisionRecorded decision, Dialogue dialogue) {
        escalation.escalate(new Matter("Referred by " + dialogue.title() + ": " + decision.getSummary(),
                source(decision.getMeta(), decision.getDecisionId()), dialogue.level(), dialogue.coChairs()));
    }

    /**
     * The topic may hold events of dialogues this database does not (one restored from an older
     * backup, or another deployment's on a shared cluster): nothing to escalate from, and retrying
     * would not change that.
     */
    private static void unknown(SpecificRecord event) {
        log.warn("{} is about a dialogue this service does not hold; nothing to escalate", EventCodec.meta(event).getEventId());
    }

    private void onOverdue(ActionItemOverdue overdue, Dialogue dialogue) {
        String title = "Overdue action item of " + overdue.getOwnerSide() + " from " + dialogue.title() + ", due "
                + overdue.getDueDate() + ": " + dialogue.actionItem(overdue.getActionItemId()).description();
        AgendaSource source = source(overdue.getMeta(), overdue.getActionItemId());
        Matter matter = new Matter(title, source, dialogue.level(), dialogue.coChairs());
        if (escalation.escalate(matter) == Route.Kind.NOTHING_HIGHER) {
            agenda.addFromEvent(dialogue.level(), title, source);
        }
    }

    private static AgendaSource source(EventMeta meta, String subjectId) {
        return AgendaSource.of(meta, subjectId);
    }
}

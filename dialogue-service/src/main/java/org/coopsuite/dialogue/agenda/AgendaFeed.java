package org.coopsuite.dialogue.agenda;

import java.util.Map;
import java.util.TreeMap;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.dialogue.dialogue.AgendaSource;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Puts what other services report on the next joint committee's agenda: a funding shortfall, a
 * call's co-funding overdue, a call's results, a cancelled call. The joint committee is where calls are mandated, so it is
 * where their outcome comes back. A shortfall or an overdue co-funding with no joint committee
 * scheduled escalates at once;
 * a call's results or cancellation with none scheduled is logged and left (nothing is urgent about it).
 */
@Component
public class AgendaFeed {

    private static final Logger log = LoggerFactory.getLogger(AgendaFeed.class);
    static final String TO_BE_NAMED = "to be named";

    private final AgendaService agenda;
    private final Escalator escalation;
    private final ReferenceData reference;

    AgendaFeed(AgendaService agenda, Escalator escalation, ReferenceData reference) {
        this.agenda = agenda;
        this.escalation = escalation;
        this.reference = reference;
    }

    /** Reacts to one event of the call or funding topic; any other event is none of its business. */
    public void on(SpecificRecord event) {
        if (event instanceof FundingShortfallDetected shortfall) {
            onShortfall(shortfall);
        } else if (event instanceof CoFundingOverdue overdue) {
            placeOrEscalate(AgendaTitles.fundingOverdue(overdue), source(overdue.getMeta(), overdue.getCallId()));
        } else if (event instanceof CallResultsPublished results) {
            place(AgendaTitles.results(results), source(results.getMeta(), results.getCallId()));
        } else if (event instanceof CallCancelled cancelled) {
            place(AgendaTitles.cancelled(cancelled), source(cancelled.getMeta(), cancelled.getCallId()));
        }
    }

    private void onShortfall(FundingShortfallDetected shortfall) {
        placeOrEscalate(AgendaTitles.shortfall(shortfall), source(shortfall.getMeta(), shortfall.getShortfallId()));
    }

    /** A matter of the money: on the next joint committee, or escalated at once when none is scheduled. */
    private void placeOrEscalate(String title, AgendaSource source) {
        if (agenda.addFromEvent(DialogueLevel.JOINT_COMMITTEE, title, source) == Placement.NO_DIALOGUE) {
            escalation.escalate(title, source, DialogueLevel.JOINT_COMMITTEE, allSides());
        }
    }

    private void place(String title, AgendaSource source) {
        if (agenda.addFromEvent(DialogueLevel.JOINT_COMMITTEE, title, source) == Placement.NO_DIALOGUE) {
            log.info("No joint committee scheduled for '{}' (event {})", title, source.eventId());
        }
    }

    /** A consultation for a matter that sat on no dialogue has every side of the cooperation, chairs to be named. */
    private Map<String, String> allSides() {
        Map<String, String> coChairs = new TreeMap<>();
        reference.sides().keySet().forEach(side -> coChairs.put(side, TO_BE_NAMED));
        return coChairs;
    }

    static AgendaSource source(EventMeta meta, String subjectId) {
        return AgendaSource.of(meta, subjectId);
    }
}

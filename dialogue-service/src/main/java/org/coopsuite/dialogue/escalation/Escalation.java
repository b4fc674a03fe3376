package org.coopsuite.dialogue.escalation;

import org.coopsuite.dialogue.agenda.AgendaService;
import org.coopsuite.dialogue.agenda.Escalator;
import org.coopsuite.dialogue.dialogue.AgendaSource;
import org.coopsuite.dialogue.dialogue.ScheduleDialogue;
import org.coopsuite.dialogue.dialogue.DialogueProperties;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/** Escalates a matter one level up, along its {@link Route}. */
@Service
class Escalation implements Escalator {

    private static final Logger log = LoggerFactory.getLogger(Escalation.class);

    private final AgendaService agenda;
    private final DialogueProperties properties;
    private final Clock clock;

    Escalation(AgendaService agenda, DialogueProperties properties, Clock clock) {
        this.agenda = agenda;
        this.properties = properties;
        this.clock = clock;
    }

    /** Escalates the matter; what it did is in the route it answers. */
    public Route.Kind escalate(Matter matter) {
        String subject = matter.source().subjectId();
        Route route = Route.of(matter.fromLevel(), level -> agenda.escalatedTo(level, subject), agenda::nextScheduled);
        switch (route.kind()) {
            case NOTHING_HIGHER -> log.info("{} sits at {}: nothing higher to escalate to", subject, matter.fromLevel());
            case ALREADY_ESCALATED -> log.debug("{} is on a {} agenda already", subject, route.level());
            case ONTO_NEXT_DIALOGUE -> agenda.takeUpEscalation(route.dialogueId(), matter.title(), matter.source(),
                    matter.fromLevel());
            case NEW_CONSULTATION -> agenda.scheduleConsultation(consultation(matter, route), matter.title(),
                    matter.source(), matter.fromLevel());
        }
        return route.kind();
    }

    /** A matter another service reported that no dialogue of its level could take, from the agenda feed. */
    @Override
    public void escalate(String title, AgendaSource source, DialogueLevel fromLevel, Map<String, String> coChairs) {
        escalate(new Matter(title, source, fromLevel, coChairs));
    }

    /** A consultation at the route's level, its date proposed and awaiting confirmation. */
    private ScheduleDialogue consultation(Matter matter, Route route) {
        LocalDate proposed = LocalDate.now(clock).plus(properties.escalation().consultationLead());
        return new ScheduleDialogue("Consultation (" + route.level() + "): " + matter.title(), route.level(), proposed,
                matter.coChairs(), null, true);
    }
}

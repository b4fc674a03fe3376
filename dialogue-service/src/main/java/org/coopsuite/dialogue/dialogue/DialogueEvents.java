package org.coopsuite.dialogue.dialogue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.CoChair;
import org.coopsuite.schemas.dialogue.ConsultationEscalated;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueCancelled;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.coopsuite.schemas.dialogue.DialogueDateConfirmed;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialoguePostponed;
import org.coopsuite.schemas.dialogue.DialogueRescheduled;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.coopsuite.schemas.dialogue.EventSource;
import org.coopsuite.schemas.dialogue.MinutesAdopted;
import org.coopsuite.schemas.dialogue.MinutesApproved;
import org.coopsuite.schemas.dialogue.ProgrammeLine;
import org.coopsuite.schemas.dialogue.Synergy;

/** The published events of a dialogue's transitions, and its values in their published form. */
final class DialogueEvents {

    private DialogueEvents() {
    }

    static DialogueScheduled scheduled(EventMeta meta, Dialogue dialogue) {
        return DialogueScheduled.newBuilder().setMeta(meta).setDialogueId(dialogue.id()).setTitle(dialogue.title())
                .setLevel(dialogue.level()).setDate(dialogue.date()).setParticipatingSides(dialogue.participatingSides())
                .setCoChairs(coChairs(dialogue.coChairs())).setPlatformId(dialogue.platformId())
                .setDateToBeConfirmed(dialogue.dateToBeConfirmed()).build();
    }

    static DialogueOpened opened(EventMeta meta, String id) {
        return DialogueOpened.newBuilder().setMeta(meta).setDialogueId(id).build();
    }

    static DialoguePostponed postponed(EventMeta meta, String id, String reason) {
        return DialoguePostponed.newBuilder().setMeta(meta).setDialogueId(id).setReason(reason).build();
    }

    static DialogueRescheduled rescheduled(EventMeta meta, String id, LocalDate date) {
        return DialogueRescheduled.newBuilder().setMeta(meta).setDialogueId(id).setDate(date).build();
    }

    static DialogueDateConfirmed dateConfirmed(EventMeta meta, String id, LocalDate date) {
        return DialogueDateConfirmed.newBuilder().setMeta(meta).setDialogueId(id).setDate(date).build();
    }

    static DialogueConcluded concluded(EventMeta meta, String id) {
        return DialogueConcluded.newBuilder().setMeta(meta).setDialogueId(id).build();
    }

    static DialogueCancelled cancelled(EventMeta meta, String id, String reason) {
        return DialogueCancelled.newBuilder().setMeta(meta).setDialogueId(id).setReason(reason).build();
    }

    static MinutesApproved minutesApproved(EventMeta meta, String id, String side) {
        return MinutesApproved.newBuilder().setMeta(meta).setDialogueId(id).setSide(side).build();
    }

    static MinutesAdopted minutesAdopted(EventMeta meta, String id) {
        return MinutesAdopted.newBuilder().setMeta(meta).setDialogueId(id).build();
    }

    static DecisionRecorded decisionRecorded(EventMeta meta, String id, Decision decision) {
        return DecisionRecorded.newBuilder().setMeta(meta).setDialogueId(id).setDecisionId(decision.id())
                .setKind(decision.kind()).setSummary(decision.summary())
                .setMandate(decision.kind() == DecisionKind.CALL_MANDATE ? mandate(decision.mandate()) : null)
                .setSynergy(decision.kind() == DecisionKind.SYNERGY_IDENTIFIED ? synergy(decision.synergy()) : null)
                .build();
    }

    static AgendaItemAdded agendaItemAdded(EventMeta meta, String id, AgendaItem item) {
        return AgendaItemAdded.newBuilder().setMeta(meta).setDialogueId(id).setAgendaItemId(item.id())
                .setTitle(item.title()).setSource(item.source() == null ? null : source(item.source()))
                .setEscalated(item.escalated()).build();
    }

    static ConsultationEscalated escalated(EventMeta meta, Dialogue dialogue, AgendaItem item, DialogueLevel fromLevel,
            boolean consultationScheduled) {
        return ConsultationEscalated.newBuilder().setMeta(meta).setDialogueId(dialogue.id()).setLevel(dialogue.level())
                .setFromLevel(fromLevel).setSource(source(item.source()))
                .setConsultationScheduled(consultationScheduled).build();
    }

    static EventSource source(AgendaSource source) {
        return EventSource.newBuilder().setEventId(source.eventId()).setEventType(source.eventType())
                .setAggregateId(source.aggregateId()).setSubjectId(source.subjectId()).build();
    }

    static List<CoChair> coChairs(Map<String, String> coChairs) {
        return coChairs.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(chair -> CoChair.newBuilder().setSide(chair.getKey()).setName(chair.getValue()).build())
                .toList();
    }

    static org.coopsuite.schemas.dialogue.CallMandate mandate(CallMandate mandate) {
        return org.coopsuite.schemas.dialogue.CallMandate.newBuilder()
                .setCallId(mandate.callId())
                .setModality(mandate.modality())
                .setStrategicArea(mandate.strategicArea())
                .setTopics(mandate.topics())
                .setIndicativeBudget(Money.toEvent(mandate.indicativeBudget()))
                .setTargetOpeningDate(mandate.targetOpeningDate())
                .setGlobalChallenges(mandate.globalChallenges())
                .setSynergyDecisionId(mandate.synergyDecisionId())
                .build();
    }

    private static Synergy synergy(SynergyPair pair) {
        return Synergy.newBuilder().setFirst(line(pair.first())).setSecond(line(pair.second())).build();
    }

    private static ProgrammeLine line(SynergyPair.Line line) {
        return ProgrammeLine.newBuilder().setSide(line.side()).setProgramme(line.programme()).setLine(line.line()).build();
    }
}

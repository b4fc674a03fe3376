package org.coopsuite.schemas.codec;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.MandateReference;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.ActionItemCompleted;
import org.coopsuite.schemas.dialogue.ActionItemOverdue;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.CoChair;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueCancelled;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.coopsuite.schemas.dialogue.DialoguePostponed;
import org.coopsuite.schemas.dialogue.DialogueRescheduled;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.coopsuite.schemas.dialogue.MinutesAdopted;
import org.coopsuite.schemas.dialogue.MinutesApproved;

/** One filled-in event of every type the suite publishes, for the codec's tests. */
final class CodecFixtures {

    private CodecFixtures() {
    }

    /** Every event type of every topic, each once; a new event type needs a fixture here. */
    static List<SpecificRecord> oneOfEachType() {
        return List.of(dialogueScheduled(), dialoguePostponed(), dialogueRescheduled(), dialogueOpened(),
                callMandateDecided(), dialogueConcluded(), dialogueCancelled(), minutesApproved(), minutesAdopted(),
                actionItemAssigned(), actionItemCompleted(), actionItemOverdue(), callDrafted());
    }

    static DialogueScheduled dialogueScheduled() {
        return DialogueScheduled.newBuilder().setMeta(meta("DialogueScheduled", "Dialogue", "dlg-1", 1))
                .setDialogueId("dlg-1").setTitle("5th EU-Japan Joint Committee").setLevel(DialogueLevel.JOINT_COMMITTEE)
                .setDate(LocalDate.of(2027, 3, 1)).setParticipatingSides(List.of("EU", "JP"))
                .setCoChairs(List.of(coChair("EU", "Anna Schmidt"), coChair("JP", "Kenji Sato")))
                .build();
    }

    static DialogueOpened dialogueOpened() {
        return DialogueOpened.newBuilder().setMeta(meta("DialogueOpened", "Dialogue", "dlg-1", 2))
                .setDialogueId("dlg-1").build();
    }

    static DialoguePostponed dialoguePostponed() {
        return DialoguePostponed.newBuilder().setMeta(meta("DialoguePostponed", "Dialogue", "dlg-1", 2))
                .setDialogueId("dlg-1").setReason("The venue is unavailable.").build();
    }

    static DialogueRescheduled dialogueRescheduled() {
        return DialogueRescheduled.newBuilder().setMeta(meta("DialogueRescheduled", "Dialogue", "dlg-1", 3))
                .setDialogueId("dlg-1").setDate(LocalDate.of(2027, 4, 15)).build();
    }

    static DialogueConcluded dialogueConcluded() {
        return DialogueConcluded.newBuilder().setMeta(meta("DialogueConcluded", "Dialogue", "dlg-1", 4))
                .setDialogueId("dlg-1").build();
    }

    static DialogueCancelled dialogueCancelled() {
        return DialogueCancelled.newBuilder().setMeta(meta("DialogueCancelled", "Dialogue", "dlg-2", 2))
                .setDialogueId("dlg-2").setReason("Superseded by a high-level consultation.").build();
    }

    static MinutesApproved minutesApproved() {
        return MinutesApproved.newBuilder().setMeta(meta("MinutesApproved", "Dialogue", "dlg-1", 5))
                .setDialogueId("dlg-1").setSide("EU").build();
    }

    static MinutesAdopted minutesAdopted() {
        return MinutesAdopted.newBuilder().setMeta(meta("MinutesAdopted", "Dialogue", "dlg-1", 7))
                .setDialogueId("dlg-1").build();
    }

    static ActionItemAssigned actionItemAssigned() {
        return ActionItemAssigned.newBuilder().setMeta(meta("ActionItemAssigned", "Dialogue", "dlg-1", 4))
                .setDialogueId("dlg-1").setActionItemId("act-1").setOwnerSide("JP")
                .setDescription("Circulate the draft call text.").setDueDate(LocalDate.of(2027, 2, 1)).build();
    }

    static ActionItemCompleted actionItemCompleted() {
        return ActionItemCompleted.newBuilder().setMeta(meta("ActionItemCompleted", "Dialogue", "dlg-1", 6))
                .setDialogueId("dlg-1").setActionItemId("act-1").build();
    }

    static ActionItemOverdue actionItemOverdue() {
        return ActionItemOverdue.newBuilder().setMeta(meta("ActionItemOverdue", "Dialogue", "dlg-1", 5))
                .setDialogueId("dlg-1").setActionItemId("act-1").setOwnerSide("JP")
                .setDueDate(LocalDate.of(2027, 2, 1)).build();
    }

    static DecisionRecorded callMandateDecided() {
        return DecisionRecorded.newBuilder().setMeta(meta("DecisionRecorded", "Dialogue", "dlg-1", 3))
                .setDialogueId("dlg-1").setDecisionId("dec-1").setKind(DecisionKind.CALL_MANDATE)
                .setSummary("Launch a joint call on smart cities.")
                .setMandate(CallMandate.newBuilder().setCallId("call-1").setModality(CallModality.JOINT)
                        .setStrategicArea("CLIMATE_CHANGE").setTopics(List.of("urban heat"))
                        .setIndicativeBudget(budget()).setTargetOpeningDate(LocalDate.of(2027, 6, 1)).build())
                .build();
    }

    static CallDrafted callDrafted() {
        return CallDrafted.newBuilder().setMeta(meta("CallDrafted", "Call", "call-1", 1))
                .setCallId("call-1").setTitle("Smart cities").setModality(CallModality.JOINT)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setTopics(List.of("urban heat")).setIndicativeBudget(budget()).setTargetOpeningDate(null)
                .setMandate(MandateReference.newBuilder().setDialogueId("dlg-1").setDecisionId("dec-1").build())
                .build();
    }

    private static List<SideAmount> budget() {
        return List.of(sideAmount("EU", "15000000.00", "EUR"), sideAmount("JP", "2000000000", "JPY"));
    }

    private static SideAmount sideAmount(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side)
                .setAmount(Money.newBuilder().setAmount(amount).setCurrency(currency).build()).build();
    }

    private static CoChair coChair(String side, String name) {
        return CoChair.newBuilder().setSide(side).setName(name).build();
    }

    static EventMeta meta(String eventType, String aggregateType, String aggregateId, long version) {
        return EventMeta.newBuilder().setEventId("event-" + eventType).setEventType(eventType)
                .setAggregateType(aggregateType).setAggregateId(aggregateId).setAggregateVersion(version)
                .setOccurredAt(Instant.parse("2026-11-25T09:30:00Z")).setCorrelationId("corr-1")
                .setCausationId("cause-1").setProducer("test").build();
    }
}

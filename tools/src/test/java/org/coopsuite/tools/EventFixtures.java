package org.coopsuite.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueOpened;

/** Events as dialogue-service publishes them, single-object encoded by their generated classes. */
public final class EventFixtures {

    public static final Instant OCCURRED_AT = Instant.parse("2026-11-25T09:30:00Z");
    public static final LocalDate OPENING = LocalDate.of(2027, 3, 1);

    private EventFixtures() {
    }

    /** A CALL_MANDATE decision, the richest event: nested records, an enum, arrays, a date. */
    public static byte[] mandateDecided(String dialogueId, String correlationId, long version) {
        DecisionRecorded decision = DecisionRecorded.newBuilder()
                .setMeta(meta("DecisionRecorded", dialogueId, correlationId, version))
                .setDialogueId(dialogueId)
                .setDecisionId("dec-" + version)
                .setKind(DecisionKind.CALL_MANDATE)
                .setSummary("Launch a joint call on climate-resilient \"smart\" cities.")
                .setMandate(CallMandate.newBuilder()
                        .setCallId("call-2027-climate")
                        .setModality(CallModality.JOINT)
                        .setStrategicArea("CLIMATE_CHANGE")
                        .setTopics(List.of("urban heat", "flood forecasting"))
                        .setIndicativeBudget(List.of(budget("EU", "15000000.00", "EUR"), budget("JP", "2000000000", "JPY")))
                        .setTargetOpeningDate(OPENING)
                        .build())
                .build();
        return bytes(() -> DecisionRecorded.getEncoder().encode(decision));
    }

    public static byte[] dialogueOpened(String dialogueId, String correlationId, long version) {
        DialogueOpened opened = DialogueOpened.newBuilder()
                .setMeta(meta("DialogueOpened", dialogueId, correlationId, version))
                .setDialogueId(dialogueId)
                .build();
        return bytes(() -> DialogueOpened.getEncoder().encode(opened));
    }

    private static EventMeta meta(String eventType, String dialogueId, String correlationId, long version) {
        return EventMeta.newBuilder()
                .setEventId(UUID.randomUUID().toString())
                .setEventType(eventType)
                .setAggregateType("Dialogue")
                .setAggregateId(dialogueId)
                .setAggregateVersion(version)
                .setOccurredAt(OCCURRED_AT)
                .setCorrelationId(correlationId)
                .setCausationId(null)
                .setProducer("dialogue-service")
                .build();
    }

    // Builders, not the all-arguments constructors: those break whenever a field is added.
    private static SideAmount budget(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side)
                .setAmount(Money.newBuilder().setAmount(amount).setCurrency(currency).build())
                .build();
    }

    private static byte[] bytes(Encoding encoding) {
        try {
            ByteBuffer buffer = encoding.encode();
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Encoding {
        ByteBuffer encode() throws IOException;
    }
}

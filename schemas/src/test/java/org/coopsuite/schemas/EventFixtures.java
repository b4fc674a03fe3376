package org.coopsuite.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;

/** Events as the services would publish them, for encoding tests. */
final class EventFixtures {

    private EventFixtures() {
    }

    static DecisionRecorded callMandateDecided() {
        return DecisionRecorded.newBuilder()
                .setMeta(meta("DecisionRecorded"))
                .setDialogueId("dlg-jc-5")
                .setDecisionId("dec-42")
                .setKind(DecisionKind.CALL_MANDATE)
                .setSummary("Launch a joint call on climate-resilient smart cities.")
                .setMandate(CallMandate.newBuilder()
                        .setCallId("call-2027-climate")
                        .setModality(CallModality.JOINT)
                        .setStrategicArea("CLIMATE_CHANGE")
                        .setTopics(List.of("urban heat", "flood forecasting"))
                        .setIndicativeBudget(List.of(
                                budget("EU", "15000000.00", "EUR"),
                                budget("JP", "2000000000", "JPY")))
                        .setTargetOpeningDate(LocalDate.of(2027, 3, 1))
                        .build())
                .build();
    }

    static DecisionRecorded noteTaken() {
        return DecisionRecorded.newBuilder(callMandateDecided())
                .setKind(DecisionKind.NOTE_TAKEN).setSummary("Exchange of views on open science.").setMandate(null)
                .build();
    }

    // Builders, not the all-arguments constructors: those break whenever a field is added.
    private static SideAmount budget(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side)
                .setAmount(Money.newBuilder().setAmount(amount).setCurrency(currency).build())
                .build();
    }

    private static EventMeta meta(String eventType) {
        return EventMeta.newBuilder()
                .setEventId("8f14e45f-ceea-467f-a0e6-3b9c2f1c0d11")
                .setEventType(eventType)
                .setAggregateType("Dialogue")
                .setAggregateId("dlg-jc-5")
                .setAggregateVersion(7)
                .setOccurredAt(Instant.parse("2026-11-25T09:30:00Z"))
                .setCorrelationId("dec-42")
                .setCausationId(null)
                .setProducer("dialogue-service")
                .build();
    }
}

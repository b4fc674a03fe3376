package org.coopsuite.dialogue.dialogue;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.dialogue.CoChair;

/** Maps the dialogue's values to their form in the published events. */
final class DialogueEvents {

    private DialogueEvents() {
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
                .build();
    }
}

package org.coopsuite.dialogue.dialogue;

import java.util.List;
import java.util.Map;

import org.coopsuite.schemas.common.SideAmount;
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
                .setIndicativeBudget(budget(mandate.indicativeBudget()))
                .setTargetOpeningDate(mandate.targetOpeningDate())
                .build();
    }

    private static List<SideAmount> budget(Map<String, Money> budget) {
        return budget.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(side -> SideAmount.newBuilder().setSide(side.getKey())
                        .setAmount(org.coopsuite.schemas.common.Money.newBuilder()
                                .setAmount(side.getValue().amount().toPlainString())
                                .setCurrency(side.getValue().currency()).build())
                        .build())
                .toList();
    }
}

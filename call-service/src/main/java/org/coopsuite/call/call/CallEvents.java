package org.coopsuite.call.call;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.schemas.common.SideAmount;

/** Maps the call's values to and from their form in the published events. */
public final class CallEvents {

    private CallEvents() {
    }

    static List<SideAmount> budget(Map<String, Money> budget) {
        return budget.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(side -> SideAmount.newBuilder().setSide(side.getKey())
                        .setAmount(org.coopsuite.schemas.common.Money.newBuilder()
                                .setAmount(side.getValue().amount().toPlainString())
                                .setCurrency(side.getValue().currency()).build())
                        .build())
                .toList();
    }

    /** The budget per side carried by an event. */
    public static Map<String, Money> budget(List<SideAmount> amounts) {
        Map<String, Money> budget = new LinkedHashMap<>();
        amounts.forEach(side -> budget.put(side.getSide(),
                new Money(new BigDecimal(side.getAmount().getAmount()), side.getAmount().getCurrency())));
        return budget;
    }

    static org.coopsuite.schemas.call.MandateReference mandate(MandateReference mandate) {
        return mandate == null ? null : org.coopsuite.schemas.call.MandateReference.newBuilder()
                .setDialogueId(mandate.dialogueId()).setDecisionId(mandate.decisionId()).build();
    }
}

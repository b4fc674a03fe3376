package org.coopsuite.platform.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.schemas.common.SideAmount;

/**
 * An amount in an ISO 4217 currency: exact, never a double. In events it travels as an exact
 * plain decimal string with its currency ({@code common.Money}).
 */
public record Money(BigDecimal amount, String currency) {

    /** The event form: the amount as a plain decimal string, e.g. {@code "15000000"}. */
    public org.coopsuite.schemas.common.Money toEvent() {
        return org.coopsuite.schemas.common.Money.newBuilder().setAmount(amount.toPlainString()).setCurrency(currency)
                .build();
    }

    public static Money fromEvent(org.coopsuite.schemas.common.Money money) {
        return new Money(new BigDecimal(money.getAmount()), money.getCurrency());
    }

    /** An amount per side, in the order of the sides' codes, as events carry it. */
    public static List<SideAmount> toEvent(Map<String, Money> perSide) {
        return perSide.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .map(side -> SideAmount.newBuilder().setSide(side.getKey()).setAmount(side.getValue().toEvent()).build())
                .toList();
    }

    /** The amount per side an event carries. */
    public static Map<String, Money> fromEvent(List<SideAmount> perSide) {
        Map<String, Money> amounts = new LinkedHashMap<>();
        perSide.forEach(side -> amounts.put(side.getSide(), fromEvent(side.getAmount())));
        return amounts;
    }
}

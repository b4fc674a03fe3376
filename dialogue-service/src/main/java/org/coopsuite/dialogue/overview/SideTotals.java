package org.coopsuite.dialogue.overview;

import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.platform.domain.Money;

/**
 * Sums of money per side. Each side funds in its own currency, so a side's amounts share one
 * currency; one that did not would be a fault upstream, and is refused rather than added.
 */
final class SideTotals {

    private final Map<String, Money> totals = new TreeMap<>();

    void add(String side, Money amount) {
        if (amount == null) {
            return;
        }
        totals.merge(side, amount, SideTotals::sum);
    }

    void addAll(Map<String, Money> perSide) {
        perSide.forEach(this::add);
    }

    Map<String, Money> asMap() {
        return Map.copyOf(totals);
    }

    static Money sum(Money a, Money b) {
        if (!a.currency().equals(b.currency())) {
            throw new IllegalStateException("Cannot add " + a.currency() + " and " + b.currency() + " of one side");
        }
        return new Money(a.amount().add(b.amount()), a.currency());
    }
}

package org.coopsuite.funding.ledger;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.coopsuite.funding.pooling.Pooling;

/**
 * The pool of an agreement under a pooled mechanism, from its events: each side's fixed rate, what
 * each side's own (unpooled) money has paid, and what the pool has paid, in the agreement
 * currency. A grant is split as the agreement splits it (the side's own money first, the pool the
 * rest), with the same arithmetic, so the pool's account follows from the events alone.
 *
 * @param pooledPercent the part of every pledge that is pooled: 100 for a real common pot
 */
record PoolLedger(String agreementCurrency, int pooledPercent, Map<String, BigDecimal> rates,
        Map<String, BigDecimal> ownPaid, BigDecimal spent) {

    static PoolLedger of(String agreementCurrency, int pooledPercent) {
        return new PoolLedger(agreementCurrency, pooledPercent, Map.of(), Map.of(), BigDecimal.ZERO);
    }

    /** What every side's pledges bring to the pool, in the agreement currency. */
    public BigDecimal pooledIn(Map<String, SideLedger> sides) {
        return rates.entrySet().stream().map(rate -> Pooling.intoPool(Pooling.pooledPart(sides.get(rate.getKey())
                .committed(), pooledPercent, sides.get(rate.getKey()).currency()), rate.getValue(), agreementCurrency))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    PoolLedger rate(String side, BigDecimal rate) {
        Map<String, BigDecimal> next = new HashMap<>(rates);
        next.putIfAbsent(side, rate);
        return new PoolLedger(agreementCurrency, pooledPercent, next, ownPaid, spent);
    }

    /** @throws IllegalStateException when the pool would pay out more than was pledged into it */
    PoolLedger paid(String side, BigDecimal amount, SideLedger ledger, Map<String, SideLedger> sides) {
        BigDecimal ownFree = Pooling.ownPart(ledger.committed(), pooledPercent, ledger.currency())
                .subtract(ownPaid.getOrDefault(side, BigDecimal.ZERO));
        BigDecimal own = amount.min(ownFree.max(BigDecimal.ZERO));
        BigDecimal rest = amount.subtract(own);
        BigDecimal cost = rest.signum() == 0 ? BigDecimal.ZERO : Pooling.costToPool(rest, rateOf(side), agreementCurrency);
        Map<String, BigDecimal> paid = new HashMap<>(ownPaid);
        paid.merge(side, own, BigDecimal::add);
        PoolLedger next = new PoolLedger(agreementCurrency, pooledPercent, rates, paid, spent.add(cost));
        if (next.spent.compareTo(pooledIn(sides)) > 0) {
            throw new IllegalStateException("The pool would go negative: " + next.spent.toPlainString() + " "
                    + agreementCurrency + " paid, " + pooledIn(sides).toPlainString() + " pledged");
        }
        return next;
    }

    private BigDecimal rateOf(String side) {
        BigDecimal rate = rates.get(side);
        if (rate == null) {
            throw new IllegalStateException("The pool pays side " + side + "'s partners but the side has no rate");
        }
        return rate;
    }
}

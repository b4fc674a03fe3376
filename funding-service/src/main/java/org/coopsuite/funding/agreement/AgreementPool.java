package org.coopsuite.funding.agreement;

import java.math.BigDecimal;

import org.coopsuite.funding.allocation.Grant;
import org.coopsuite.funding.pooling.Pooling;

/**
 * The pool of an agreement under a pooled mechanism, in the agreement currency: what each side's
 * pledges bring to it, at the rate the side fixed with its first pledge, and what grants have cost
 * it. Under a virtual common pot nothing is pooled and every figure is zero.
 */
public final class AgreementPool {

    private AgreementPool() {
    }

    /** What the side's pledges bring to the pool, in the agreement currency; zero under a virtual pot. */
    public static BigDecimal contribution(Agreement agreement, String side) {
        BigDecimal rate = agreement.rates().get(side);
        if (rate == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal pooled = Pooling.pooledPart(agreement.committed(side).amount(), agreement.pooledPercent(),
                agreement.currencyOf(side));
        return Pooling.intoPool(pooled, rate, agreement.agreementCurrency());
    }

    /** What the pool has paid for grants, in the agreement currency. */
    public static BigDecimal spent(Agreement agreement) {
        return agreement.grants().stream().map(Grant::pooledCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** What the pool can still pay: every side's contribution less what grants have cost it. */
    static BigDecimal free(Agreement agreement) {
        return agreement.participatingSides().stream().map(side -> contribution(agreement, side))
                .reduce(BigDecimal.ZERO, BigDecimal::add).subtract(spent(agreement));
    }
}

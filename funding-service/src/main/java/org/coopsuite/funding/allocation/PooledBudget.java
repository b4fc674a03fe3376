package org.coopsuite.funding.allocation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.coopsuite.funding.pooling.Pooling;

/**
 * The budget of a real common pot or a mixed agreement: each side's own (unpooled) money pays its
 * partners first, and the pool, counted in the agreement currency at each side's fixed rate, pays
 * the rest, whichever side's partners it is for.
 */
public final class PooledBudget implements Budget {

    private final Map<String, BigDecimal> ownFree;
    private final Map<String, BigDecimal> rates;
    private final String agreementCurrency;
    private final Map<String, String> currencies;
    private BigDecimal poolFree;

    public PooledBudget(Map<String, BigDecimal> ownFree, BigDecimal poolFree, Map<String, BigDecimal> rates,
            String agreementCurrency, Map<String, String> currencies) {
        this.ownFree = new HashMap<>(ownFree);
        this.poolFree = poolFree;
        this.rates = Map.copyOf(rates);
        this.agreementCurrency = agreementCurrency;
        this.currencies = Map.copyOf(currencies);
    }

    @Override
    public boolean covers(Map<String, BigDecimal> shares) {
        BigDecimal fromPool = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> share : shares.entrySet()) {
            BigDecimal rest = share.getValue().subtract(own(share.getKey())).max(BigDecimal.ZERO);
            if (rest.signum() > 0 && !rates.containsKey(share.getKey())) {
                return false;
            }
            fromPool = rest.signum() == 0 ? fromPool : fromPool.add(cost(share.getKey(), rest));
        }
        return fromPool.compareTo(poolFree) <= 0;
    }

    @Override
    public void spend(Map<String, BigDecimal> shares) {
        shares.forEach((side, share) -> {
            BigDecimal own = share.min(own(side));
            ownFree.put(side, own(side).subtract(own));
            BigDecimal rest = share.subtract(own);
            if (rest.signum() > 0) {
                poolFree = poolFree.subtract(cost(side, rest));
            }
        });
    }

    @Override
    public BigDecimal missing(String side, BigDecimal share) {
        BigDecimal fromPool = rates.containsKey(side)
                ? Pooling.fromPool(poolFree, rates.get(side), currencies.get(side)) : BigDecimal.ZERO;
        return share.subtract(own(side)).subtract(fromPool).max(BigDecimal.ZERO);
    }

    private BigDecimal own(String side) {
        return ownFree.getOrDefault(side, BigDecimal.ZERO);
    }

    private BigDecimal cost(String side, BigDecimal amount) {
        return Pooling.costToPool(amount, rates.get(side), agreementCurrency);
    }
}

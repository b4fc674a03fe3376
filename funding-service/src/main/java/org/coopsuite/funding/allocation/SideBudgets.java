package org.coopsuite.funding.allocation;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * The budget of a virtual common pot: each side pays only its own partners, from what it committed
 * less what it has allocated already.
 */
public final class SideBudgets implements Budget {

    private final Map<String, BigDecimal> free;

    /** @param free what each side has committed and not yet allocated */
    public SideBudgets(Map<String, BigDecimal> free) {
        this.free = new HashMap<>(free);
    }

    @Override
    public boolean covers(Map<String, BigDecimal> shares) {
        return shares.entrySet().stream().allMatch(share -> free(share.getKey()).compareTo(share.getValue()) >= 0);
    }

    @Override
    public void spend(Map<String, BigDecimal> shares) {
        shares.forEach((side, share) -> free.put(side, free(side).subtract(share)));
    }

    @Override
    public BigDecimal missing(String side, BigDecimal share) {
        return share.subtract(free(side)).max(BigDecimal.ZERO);
    }

    private BigDecimal free(String side) {
        return free.getOrDefault(side, BigDecimal.ZERO);
    }
}

package org.coopsuite.funding.ledger;

import java.math.BigDecimal;

/**
 * One side's money in one agreement, in the side's currency: its indicative budget, what it has
 * committed and allocated, and what remains (committed less allocated, never negative).
 */
public record SideLedger(String currency, BigDecimal indicative, BigDecimal committed, BigDecimal allocated,
        int openShortfalls) {

    static SideLedger opened(String currency, BigDecimal indicative) {
        return new SideLedger(currency, indicative, BigDecimal.ZERO, BigDecimal.ZERO, 0);
    }

    public BigDecimal remaining() {
        return committed.subtract(allocated);
    }

    SideLedger committed(BigDecimal change) {
        return checked(new SideLedger(currency, indicative, committed.add(change), allocated, openShortfalls));
    }

    /** @param pooled under a pooled mechanism the pool may pay a side's partners beyond what the side committed */
    SideLedger allocated(BigDecimal amount, boolean pooled) {
        SideLedger next = new SideLedger(currency, indicative, committed, allocated.add(amount), openShortfalls);
        return pooled ? next : checked(next);
    }

    SideLedger shortfalls(int change) {
        return new SideLedger(currency, indicative, committed, allocated, openShortfalls + change);
    }

    SideLedger plus(SideLedger other) {
        return new SideLedger(currency, indicative.add(other.indicative), committed.add(other.committed),
                allocated.add(other.allocated), openShortfalls + other.openShortfalls);
    }

    /** An event that would take the ledger below zero is refused: it cannot be applied, and is dead-lettered. */
    private SideLedger checked(SideLedger next) {
        if (next.committed.signum() < 0 || next.allocated.signum() < 0 || next.remaining().signum() < 0) {
            throw new IllegalStateException("The ledger would go negative: committed " + next.committed.toPlainString()
                    + ", allocated " + next.allocated.toPlainString() + " " + currency);
        }
        return next;
    }
}

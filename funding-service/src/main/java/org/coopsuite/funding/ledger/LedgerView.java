package org.coopsuite.funding.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.coopsuite.platform.projection.View;

/**
 * The ledger of one agreement, from the agreement's events: per side, indicative, committed,
 * allocated and remaining money; the call, its strategic areas and the agreement's state, for
 * the totals per side and per area across agreements.
 */
public class LedgerView extends View {

    private String callId;
    private String state;
    private String mechanism;
    private List<String> strategicAreas = new ArrayList<>();
    private Map<String, SideLedger> sides = new LinkedHashMap<>();
    private PoolLedger pool;

    LedgerView() {
    }

    LedgerView(String id) {
        super(id);
    }

    public String getCallId() {
        return callId;
    }

    public String getState() {
        return state;
    }

    public String getMechanism() {
        return mechanism;
    }

    public List<String> getStrategicAreas() {
        return strategicAreas;
    }

    public Map<String, SideLedger> getSides() {
        return sides;
    }

    /** Under a pooled mechanism, the pool's account; null under a virtual common pot. */
    public PoolLedger getPool() {
        return pool;
    }

    void opened(String callId, List<String> areas, Map<String, SideLedger> opening, String mechanism) {
        this.callId = callId;
        this.strategicAreas = new ArrayList<>(areas);
        this.sides = new LinkedHashMap<>(opening);
        this.mechanism = mechanism;
        this.state = "PENDING_COMMITMENTS";
    }

    void state(String state) {
        this.state = state;
    }

    void mechanism(String mechanism, PoolLedger pool) {
        this.mechanism = mechanism;
        this.pool = pool;
    }

    /** A pledge under a pooled mechanism: the side's first one fixes its rate. */
    void pledged(String side, BigDecimal rate) {
        if (pool != null && rate != null) {
            pool = pool.rate(side, rate);
        }
    }

    void committed(String side, BigDecimal change) {
        sides.put(side, side(side).committed(change));
    }

    /** Under a pooled mechanism the side's own money pays first, the pool the rest, as the agreement allocates. */
    void allocated(String side, BigDecimal amount) {
        SideLedger ledger = side(side);
        if (pool != null) {
            pool = pool.paid(side, amount, ledger, sides);
        }
        sides.put(side, ledger.allocated(amount, pool != null));
    }

    void shortfalls(String side, int change) {
        sides.put(side, side(side).shortfalls(change));
    }

    private SideLedger side(String side) {
        SideLedger ledger = sides.get(side);
        if (ledger == null) {
            throw new IllegalStateException("Side " + side + " is not in the ledger of agreement " + getId());
        }
        return ledger;
    }
}

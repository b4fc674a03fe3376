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

    void mechanism(String mechanism) {
        this.mechanism = mechanism;
    }

    void committed(String side, BigDecimal change) {
        sides.put(side, side(side).committed(change));
    }

    void allocated(String side, BigDecimal amount) {
        sides.put(side, side(side).allocated(amount, !"VIRTUAL_COMMON_POT".equals(mechanism)));
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

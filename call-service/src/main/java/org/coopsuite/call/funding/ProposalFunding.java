package org.coopsuite.call.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.platform.domain.Money;

/**
 * What funding-service granted one proposal, per side, and which sides' shares are still short:
 * kept in its call's {@link FundingView}.
 */
public class ProposalFunding {

    private Map<String, Money> granted = new TreeMap<>();
    private boolean fromReserve;
    private List<String> sidesShort = new ArrayList<>();

    void granted(String side, Money amount, boolean reserve) {
        granted.put(side, amount);
        fromReserve = fromReserve || reserve;
    }

    void shortOf(String side, boolean isShort) {
        sidesShort.remove(side);
        if (isShort) {
            sidesShort.add(side);
            sidesShort.sort(null);
        }
    }

    /** FUNDED or RESERVE_FUNDED once nothing is short, PARTIALLY_FUNDED while a side is. */
    public FundingOutcome getOutcome() {
        if (!sidesShort.isEmpty()) {
            return FundingOutcome.PARTIALLY_FUNDED;
        }
        return fromReserve ? FundingOutcome.RESERVE_FUNDED : FundingOutcome.FUNDED;
    }

    /** The grant of each side, in the side's currency. */
    public Map<String, Money> getGranted() {
        return granted;
    }

    /** The sides whose share is short, in order. */
    public List<String> getSidesShort() {
        return sidesShort;
    }

    public boolean isFromReserve() {
        return fromReserve;
    }
}

package org.coopsuite.call.funding;

import java.util.HashMap;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.View;

/**
 * What call-service knows of one call's co-funding, from funding-service's events: whether it is
 * secured, and each side's commitment, which is the budget the call's selection may spend.
 * One view per call (its id is the call id).
 */
public class FundingView extends View {

    private String agreementId;
    private boolean secured;
    private Map<String, Money> committed = new HashMap<>();

    FundingView() {
    }

    FundingView(String callId) {
        super(callId);
    }

    public String getAgreementId() {
        return agreementId;
    }

    public boolean isSecured() {
        return secured;
    }

    /** Each side's total commitment after the latest change. */
    public Map<String, Money> getCommitted() {
        return committed;
    }

    void committed(String agreement, String side, Money sideCommitted) {
        agreementId = agreement;
        committed.put(side, sideCommitted);
    }

    void secured(String agreement, Map<String, Money> perSide) {
        agreementId = agreement;
        secured = true;
        committed.putAll(perSide);
    }
}

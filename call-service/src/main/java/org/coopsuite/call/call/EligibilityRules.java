package org.coopsuite.call.call;

import java.util.Map;

import org.coopsuite.platform.domain.Money;

/**
 * What a proposal must meet to be eligible for a call.
 *
 * @param requestCaps the most a proposal may request from each side; a side without one has no cap
 */
public record EligibilityRules(int minimumPartnersPerSide, Map<String, Money> requestCaps,
        boolean openAccessStatementRequired, boolean selfFundedPartnersAdmitted) {

    /** The rules a call drafted from a mandate starts with, until a programme officer edits them. */
    public static final EligibilityRules DEFAULT = new EligibilityRules(1, Map.of(), true, true);

    public EligibilityRules {
        requestCaps = requestCaps == null ? Map.of() : Map.copyOf(requestCaps);
    }
}

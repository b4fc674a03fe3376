package org.coopsuite.funding.agreement;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;

/** Open the agreement of a call submitted for funding, with what the call says of itself. */
public record OpenAgreement(String callId, List<String> participatingSides, Map<String, Money> indicativeBudget,
        List<String> strategicAreas, int climateCoefficient) {
}

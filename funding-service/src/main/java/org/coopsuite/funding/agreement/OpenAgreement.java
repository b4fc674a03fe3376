package org.coopsuite.funding.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;

/**
 * Open the agreement of a call submitted for funding, with what the call says of itself.
 *
 * @param submittedOn the day the call was submitted for funding, null when not known
 * @param fundingPeriodDays the call's own funding period, null for the default
 */
public record OpenAgreement(String callId, List<String> participatingSides, Map<String, Money> indicativeBudget,
        List<String> strategicAreas, int climateCoefficient, LocalDate submittedOn, Integer fundingPeriodDays) {

    /** A call that names no submission day and no funding period. */
    public OpenAgreement(String callId, List<String> participatingSides, Map<String, Money> indicativeBudget,
            List<String> strategicAreas, int climateCoefficient) {
        this(callId, participatingSides, indicativeBudget, strategicAreas, climateCoefficient, null, null);
    }

    /** The last day of the funding period, the default period where the call names none; null without a day. */
    LocalDate fundingDueOn(int defaultPeriodDays) {
        return submittedOn == null ? null
                : submittedOn.plusDays(fundingPeriodDays == null ? defaultPeriodDays : fundingPeriodDays);
    }
}

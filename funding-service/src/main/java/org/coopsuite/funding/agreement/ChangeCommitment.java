package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.coopsuite.platform.domain.Money;

/**
 * A top-up or a withdrawal of a commitment by the agency that made it.
 *
 * @param on null for today
 * @param rateToAgreementCurrency for a top-up under a pooled mechanism, the rate fixed by it; null otherwise
 */
public record ChangeCommitment(String side, String agency, Money amount, LocalDate on,
        BigDecimal rateToAgreementCurrency) {
}

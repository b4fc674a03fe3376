package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.coopsuite.platform.domain.Money;

/**
 * A funding agency commits money of its side to an agreement.
 *
 * @param committedOn null for today
 * @param rateToAgreementCurrency under a pooled mechanism, the rate fixed by this pledge; null otherwise
 */
public record CommitFunding(String side, String agency, Money amount, LocalDate committedOn,
        BigDecimal rateToAgreementCurrency) {
}

package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.coopsuite.platform.domain.Money;

/**
 * One funding agency's commitment to an agreement: what it stands at now (after its top-ups and
 * withdrawals, each of them an event) and, under a pooled mechanism, the rate fixed at its pledge.
 *
 * @param rateToAgreementCurrency units of agreement currency per unit of the side's currency; null
 *        under a virtual common pot
 */
public record Commitment(String id, String side, String agency, Money amount, LocalDate committedOn,
        BigDecimal rateToAgreementCurrency) {

    Commitment plus(BigDecimal added) {
        return new Commitment(id, side, agency, new Money(amount.amount().add(added), amount.currency()), committedOn,
                rateToAgreementCurrency);
    }

    Commitment minus(BigDecimal withdrawn) {
        return plus(withdrawn.negate());
    }
}

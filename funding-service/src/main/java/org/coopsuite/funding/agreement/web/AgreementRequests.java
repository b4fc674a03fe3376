package org.coopsuite.funding.agreement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.funding.FundingMechanism;

/**
 * The bodies of the agreement endpoints, with their shape checks; the amount rules (currency,
 * sign, decimals, size) are the domain's, in {@code AgreementRules}.
 */
final class AgreementRequests {

    private AgreementRequests() {
    }

    /** An amount: an exact decimal (a JSON string or number, never read as a double) and its currency. */
    record MoneyBody(@NotNull BigDecimal amount,
            @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {

        Money toMoney() {
            return new Money(amount, currency);
        }
    }

    record CommitBody(@NotBlank @Size(max = 10) String side, @NotBlank @Size(max = 50) String agency,
            @NotNull @Valid MoneyBody amount, LocalDate committedOn, BigDecimal rateToAgreementCurrency) {
    }

    /** The funding mechanism; a pooled one names its currency, MIXED its pooled percentage. */
    record MechanismBody(@NotNull FundingMechanism mechanism,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String agreementCurrency,
            Integer pooledSharePercent) {
    }

    /** A top-up or a withdrawal of a commitment. */
    record ChangeBody(@NotNull @Valid MoneyBody amount, LocalDate on, BigDecimal rateToAgreementCurrency) {
    }
}

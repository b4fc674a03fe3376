package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.funding.agreement.AgreementFixtures.REFERENCE;
import static org.coopsuite.funding.agreement.AgreementFixtures.TODAY;

import java.math.BigDecimal;
import java.util.Map;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who may commit, and which amounts are acceptable. */
class AgreementRulesTest {

    private final AgreementRules rules = new AgreementRules(REFERENCE, new FundingProperties(new BigDecimal("1000000000000")));

    @ParameterizedTest(name = "{0} {1}: {2}")
    @CsvSource({
        "EU, 100.00, ''",
        "EU, 100, ''",
        "EU, 0.01, ''",
        "JP, 800000000, ''",
        "JP, 100.00, ''",
        "JP, 1000000000000, ''",
        "EU, 0, must be positive",
        "EU, -5.00, must be positive",
        "EU, 1.005, at most 2 decimals in EUR",
        "JP, 1.5, at most 0 decimals in JPY",
        "JP, 1000000000001, at most 1000000000000 JPY",
        "EU, 1E+30, at most 1000000000000 EUR"})
    void checksTheAmountAgainstTheCurrencysDecimalsAndTheLimit(String side, String amount, String error) {
        Money money = new Money(new BigDecimal(amount), side.equals("EU") ? "EUR" : "JPY");
        CommitFunding command = new CommitFunding(side, side.equals("EU") ? "REA" : "JST", money, null, null);

        if (error.isEmpty()) {
            assertThatCode(() -> rules.check(command, TODAY)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> rules.check(command, TODAY)).isInstanceOfSatisfying(InvalidCommandException.class,
                    e -> assertThat(e.fieldErrors()).isEqualTo(Map.of("amount.amount", error)));
        }
    }

    @Test
    void rejectsAnAmountInAnotherCurrencyThanTheSides() {
        CommitFunding yen = new CommitFunding("EU", "REA", new Money(BigDecimal.TEN, "JPY"), null, null);

        assertThatThrownBy(() -> rules.check(yen, TODAY)).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("amount.currency"));
    }

    @Test
    void rejectsADateInTheFuture() {
        ChangeCommitment tomorrow = new ChangeCommitment("EU", "REA", AgreementFixtures.eur("1.00"), TODAY.plusDays(1), null);

        assertThatThrownBy(() -> rules.check(tomorrow, TODAY)).isInstanceOfSatisfying(InvalidCommandException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys("on"));
        assertThatCode(() -> rules.check(new ChangeCommitment("EU", "REA", AgreementFixtures.eur("1.00"), TODAY, null),
                TODAY)).doesNotThrowAnyException();
    }

    @Test
    void letsAFundingOfficerCommitForTheirOwnSideAndAgencyOnly() {
        assertThatCode(() -> rules.checkCaller("JP", "JST", "JP", "JST")).doesNotThrowAnyException();
        assertThatThrownBy(() -> rules.checkCaller("EU", "REA", "JP", "JST")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rules.checkCaller("JP", "AMED", "JP", "JST")).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rules.checkCaller("JP", "JST", "JP", null)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> rules.checkCaller("JP", "REA", "JP", "REA")).as("REA is not a Japanese agency")
                .isInstanceOf(ForbiddenException.class);
    }
}

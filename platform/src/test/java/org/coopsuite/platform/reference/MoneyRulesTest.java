package org.coopsuite.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyRulesTest {

    private static final ReferenceData REFERENCE = new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("EC", "HE", "EUR", List.of("REA")),
            "JP", new ReferenceData.Side("CAO", "MS", "JPY", List.of("JST"))), List.of());

    @ParameterizedTest
    @CsvSource({"JP, 0.5, JPY", "JP, 1.5, JPY", "EU, 0.001, EUR", "EU, 0, EUR", "EU, -1, EUR", "JP, -1000, JPY",
            "EU, 1000000000000.01, EUR", "JP, 1000000000001, JPY"})
    void refusesAnAmountItsCurrencyCannotHaveNamingTheAmount(String side, String amount, String currency) {
        assertThat(errors(side, new Money(new BigDecimal(amount), currency))).containsOnlyKeys("budget.amount");
    }

    @ParameterizedTest
    @CsvSource({"JP, 1, EUR", "EU, 1, JPY", "EU, 1, USD"})
    void refusesAnotherCurrencyThanTheSidesNamingTheCurrency(String side, String amount, String currency) {
        assertThat(errors(side, new Money(new BigDecimal(amount), currency))).containsOnlyKeys("budget.currency");
    }

    @ParameterizedTest
    @CsvSource({"JP, 800000000, JPY", "JP, 5.000, JPY", "JP, 1E+3, JPY", "EU, 0.01, EUR", "EU, 1000000000000, EUR"})
    void takesAnAmountOfTheSidesCurrencyWithinItsDecimalsAndTheCap(String side, String amount, String currency) {
        assertThat(errors(side, new Money(new BigDecimal(amount), currency))).isEmpty();
    }

    @Test
    void refusesAnUnknownSide() {
        assertThat(errors("XX", new Money(BigDecimal.ONE, "EUR"))).containsOnlyKeys("budget");
    }

    @Test
    void namesEachSideOfABudget() {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        MoneyRules.checkPerSide(REFERENCE, "indicativeBudget", Map.of("EU", new Money(BigDecimal.ONE, "EUR"),
                "JP", new Money(new BigDecimal("0.5"), "JPY")), errors);

        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, errors::throwIfAny);
        assertThat(refused.fieldErrors()).containsOnlyKeys("indicativeBudget.JP.amount");
    }

    private static Map<String, String> errors(String side, Money money) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        MoneyRules.check(REFERENCE, "budget", side, money, errors);
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, errors::throwIfAny);
        return refused == null ? Map.of() : refused.fieldErrors();
    }
}

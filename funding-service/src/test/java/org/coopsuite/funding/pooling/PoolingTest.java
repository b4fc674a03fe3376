package org.coopsuite.funding.pooling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Splitting pledges into pooled and own parts, and converting into the agreement currency, without losing a unit. */
class PoolingTest {

    @ParameterizedTest(name = "{0} {1} at {2} %: pooled {3}")
    @CsvSource({
        "1000000.01, EUR, 33, 330000.00",
        "0.01, EUR, 50, 0.00",
        "0.03, EUR, 50, 0.01",
        "100000001, JPY, 33, 33000000",
        "1, JPY, 99, 0",
        "999, JPY, 1, 9",
        "800000000, JPY, 100, 800000000"})
    void splitsAPledgeIntoPartsThatAddUpToIt(String amount, String currency, int percent, String pooled) {
        BigDecimal whole = new BigDecimal(amount);

        BigDecimal pooledPart = Pooling.pooledPart(whole, percent, currency);
        BigDecimal ownPart = Pooling.ownPart(whole, percent, currency);

        assertThat(pooledPart).isEqualByComparingTo(pooled);
        assertThat(pooledPart.add(ownPart)).isEqualByComparingTo(whole);
        assertThat(pooledPart.scale()).isEqualTo(Pooling.decimals(currency));
    }

    @Test
    void neverLosesAUnitWhateverTheAmountAndPercentage() {
        for (String currency : List.of("EUR", "JPY")) {
            for (int cents = 1; cents < 2000; cents += 7) {
                BigDecimal amount = BigDecimal.valueOf(cents, Pooling.decimals(currency));
                for (int percent = 1; percent <= 100; percent += 3) {
                    assertThat(Pooling.pooledPart(amount, percent, currency).add(Pooling.ownPart(amount, percent, currency)))
                            .isEqualByComparingTo(amount);
                }
            }
        }
    }

    @Test
    void roundsWhatAPledgeBringsDownAndWhatAGrantCostsUp() {
        assertThat(Pooling.intoPool(new BigDecimal("800000000"), new BigDecimal("0.0061"), "EUR")).isEqualTo("4880000.00");
        assertThat(Pooling.intoPool(new BigDecimal("1"), new BigDecimal("0.0061"), "EUR")).isEqualTo("0.00");
        assertThat(Pooling.costToPool(new BigDecimal("1"), new BigDecimal("0.0061"), "EUR")).isEqualTo("0.01");
        assertThat(Pooling.intoPool(new BigDecimal("0.01"), new BigDecimal("163.25"), "JPY")).isEqualTo("1");
        assertThat(Pooling.costToPool(new BigDecimal("0.01"), new BigDecimal("163.25"), "JPY")).isEqualTo("2");
        assertThat(Pooling.fromPool(new BigDecimal("0.01"), new BigDecimal("0.0061"), "JPY")).isEqualTo("1");
    }

    @Test
    void fixesOneRatePerSideUnderAPooledMechanismOnly() {
        BigDecimal rate = new BigDecimal("0.0061");
        FundingMechanism real = FundingMechanism.REAL_COMMON_POT;

        assertThatCode(() -> Pooling.checkRate(rate, real, "JPY", "EUR", null)).doesNotThrowAnyException();
        assertThatCode(() -> Pooling.checkRate(new BigDecimal("0.00610"), real, "JPY", "EUR", rate)).doesNotThrowAnyException();
        assertThatCode(() -> Pooling.checkRate(null, FundingMechanism.VIRTUAL_COMMON_POT, "JPY", null, null))
                .doesNotThrowAnyException();
        for (Runnable bad : List.<Runnable>of(
                () -> Pooling.checkRate(rate, FundingMechanism.VIRTUAL_COMMON_POT, "JPY", null, null),
                () -> Pooling.checkRate(null, real, "JPY", "EUR", null),
                () -> Pooling.checkRate(BigDecimal.ZERO, real, "JPY", "EUR", null),
                () -> Pooling.checkRate(new BigDecimal("0.00000000001"), real, "JPY", "EUR", null),
                () -> Pooling.checkRate(new BigDecimal("1.1"), real, "EUR", "EUR", null),
                () -> Pooling.checkRate(new BigDecimal("0.0062"), real, "JPY", "EUR", rate))) {
            assertThatThrownBy(bad::run).isInstanceOfSatisfying(InvalidCommandException.class,
                    e -> assertThat(e.fieldErrors()).containsOnlyKeys("rateToAgreementCurrency"));
        }
    }

    @Test
    void checksTheMechanismsParameters() {
        List<String> currencies = List.of("EUR", "JPY");

        assertThatCode(() -> Pooling.checkChoice(FundingMechanism.REAL_COMMON_POT, "JPY", null, currencies))
                .doesNotThrowAnyException();
        assertThatCode(() -> Pooling.checkChoice(FundingMechanism.MIXED, "EUR", 40, currencies)).doesNotThrowAnyException();
        assertThatCode(() -> Pooling.checkChoice(FundingMechanism.VIRTUAL_COMMON_POT, null, null, currencies))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Pooling.checkChoice(FundingMechanism.REAL_COMMON_POT, "USD", null, currencies))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("agreementCurrency"));
        assertThatThrownBy(() -> Pooling.checkChoice(FundingMechanism.MIXED, "EUR", 100, currencies))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("pooledSharePercent"));
        assertThatThrownBy(() -> Pooling.checkChoice(FundingMechanism.VIRTUAL_COMMON_POT, "EUR", 10, currencies))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys("agreementCurrency", "pooledSharePercent"));
        assertThatThrownBy(() -> Pooling.checkChoice(FundingMechanism.UNKNOWN, null, null, currencies))
                .isInstanceOf(InvalidCommandException.class);
    }
}

package org.coopsuite.funding.pooling;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.funding.FundingMechanism;

/**
 * The arithmetic of pooled money: which part of a pledge is pooled, and what it is worth in the
 * agreement currency at the rate fixed when the side first pledged. Splits never lose a unit: the
 * pooled part is rounded down to the side currency's decimals and the own part is the rest, so the
 * two always add up to the pledge. Conversions round towards the agreement: what a pledge brings
 * to the pool is rounded down, what a grant costs the pool is rounded up, so the pool never pays
 * out more than was pledged into it.
 */
public final class Pooling {

    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** A rate has at most this many decimals: more precision than any fixed rate needs. */
    static final int RATE_DECIMALS = 10;

    private Pooling() {
    }

    /** The percentage of every pledge that goes to the pool: all under a real pot, none under a virtual one. */
    public static int pooledPercent(FundingMechanism mechanism, Integer mixedPercent) {
        return switch (mechanism) {
            case REAL_COMMON_POT -> 100;
            case MIXED -> mixedPercent;
            default -> 0;
        };
    }

    /** The pooled part of an amount in the side's currency, rounded down to its decimals. */
    public static BigDecimal pooledPart(BigDecimal amount, int percent, String currency) {
        return amount.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED, decimals(currency), RoundingMode.DOWN);
    }

    /** The part the side pays its own partners from: the rest, so both parts add up to the amount. */
    public static BigDecimal ownPart(BigDecimal amount, int percent, String currency) {
        return amount.subtract(pooledPart(amount, percent, currency));
    }

    /** What an amount brings to the pool, in the agreement currency: rounded down. */
    public static BigDecimal intoPool(BigDecimal amount, BigDecimal rate, String agreementCurrency) {
        return amount.multiply(rate).setScale(decimals(agreementCurrency), RoundingMode.DOWN);
    }

    /** What paying an amount of a side's currency costs the pool, in the agreement currency: rounded up. */
    public static BigDecimal costToPool(BigDecimal amount, BigDecimal rate, String agreementCurrency) {
        return amount.multiply(rate).setScale(decimals(agreementCurrency), RoundingMode.UP);
    }

    /** What an amount of the pool can pay in a side's currency: rounded down. */
    public static BigDecimal fromPool(BigDecimal pooled, BigDecimal rate, String sideCurrency) {
        return pooled.divide(rate, decimals(sideCurrency), RoundingMode.DOWN);
    }

    static int decimals(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    /**
     * A pledge's rate: none under a virtual pot; under a pooled mechanism a positive rate, exactly 1
     * for the side whose currency is the agreement's, and the side's rate once it has pledged.
     */
    public static void checkRate(BigDecimal rate, FundingMechanism mechanism, String sideCurrency, String agreementCurrency,
            BigDecimal fixed) {
        String field = "rateToAgreementCurrency";
        if (mechanism == FundingMechanism.VIRTUAL_COMMON_POT) {
            require(rate == null, field, "only under a pooled mechanism; this agreement is a virtual common pot");
            return;
        }
        require(rate != null && rate.signum() > 0, field, "a positive rate is fixed with every pledge to a pooled agreement");
        require(rate.stripTrailingZeros().scale() <= RATE_DECIMALS, field, "at most " + RATE_DECIMALS + " decimals");
        require(!sideCurrency.equals(agreementCurrency) || rate.compareTo(BigDecimal.ONE) == 0, field,
                "must be 1: the side pledges in the agreement currency");
        require(fixed == null || fixed.compareTo(rate) == 0, field,
                "the side's rate was fixed at its first pledge: " + (fixed == null ? "" : fixed.toPlainString()));
    }

    /**
     * The mechanism and its parameters: a pooled mechanism pools in the currency of a participating
     * side; MIXED pools between 1 and 99 percent of every pledge; a virtual pot pools nothing.
     */
    public static void checkChoice(FundingMechanism mechanism, String currency, Integer percent, Iterable<String> sideCurrencies) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(mechanism != null && mechanism != FundingMechanism.UNKNOWN, "mechanism", "must be given");
        boolean pooled = mechanism == FundingMechanism.REAL_COMMON_POT || mechanism == FundingMechanism.MIXED;
        boolean known = false;
        for (String sideCurrency : sideCurrencies) {
            known |= sideCurrency.equals(currency);
        }
        errors.check(pooled ? known : currency == null, "agreementCurrency",
                pooled ? "must be the currency of a participating side" : "only for a pooled mechanism");
        boolean mixed = mechanism == FundingMechanism.MIXED;
        errors.check(mixed ? percent != null && percent >= 1 && percent <= 99 : percent == null, "pooledSharePercent",
                mixed ? "must be between 1 and 99" : "only for MIXED");
        errors.throwIfAny();
    }

    private static void require(boolean valid, String field, String message) {
        if (!valid) {
            throw new InvalidCommandException(Map.of(field, message));
        }
    }
}

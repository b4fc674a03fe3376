package org.coopsuite.platform.reference;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;

/**
 * The one rule for an amount a command names, in every service: in the currency of its side
 * (reference data), positive, with no more decimals than the currency has (ISO 4217, as
 * {@link Currency#getDefaultFractionDigits()} says: 0.5 JPY is no amount), and at most
 * {@link #MAX_AMOUNT} units: anything larger is a typing error, not a budget.
 */
public final class MoneyRules {

    /** The largest amount a command may name, in units of its currency: 10^12. */
    public static final BigDecimal MAX_AMOUNT = BigDecimal.TEN.pow(12);

    private MoneyRules() {
    }

    /**
     * Checks one amount of a side, reporting under {@code field}: {@code field.currency} for the
     * currency, {@code field.amount} for the rest.
     */
    public static void check(ReferenceData reference, String field, String side, Money money,
            InvalidCommandException.Collector errors) {
        check(reference, field, side, money, MAX_AMOUNT, errors);
    }

    /** As {@link #check(ReferenceData, String, String, Money, InvalidCommandException.Collector)}, under a lower cap. */
    public static void check(ReferenceData reference, String field, String side, Money money, BigDecimal max,
            InvalidCommandException.Collector errors) {
        String currency = reference.currencyOf(side).orElse(null);
        if (currency == null) {
            errors.reject(field, "unknown side " + side);
            return;
        }
        if (!currency.equals(money.currency())) {
            errors.reject(field + ".currency", "must be " + currency + ", the currency of side " + side);
            return;
        }
        int decimals = Currency.getInstance(currency).getDefaultFractionDigits();
        BigDecimal amount = money.amount();
        errors.check(amount.signum() > 0, field + ".amount", "must be positive")
                .check(amount.stripTrailingZeros().scale() <= decimals, field + ".amount",
                        "at most " + decimals + " decimals in " + currency)
                .check(amount.compareTo(max.min(MAX_AMOUNT)) <= 0, field + ".amount",
                        "at most " + max.min(MAX_AMOUNT).toPlainString() + " " + currency);
    }

    /** Checks an amount per side, each under {@code field.SIDE}. */
    public static void checkPerSide(ReferenceData reference, String field, Map<String, Money> perSide,
            InvalidCommandException.Collector errors) {
        perSide.forEach((side, money) -> check(reference, field + "." + side, side, money, errors));
    }
}

package org.coopsuite.dashboard.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Money as the page's locale writes it, with the currency's own decimals (EUR two, JPY none):
 * {@code ${@amounts.format(money)}} in a template.
 */
@Component("amounts")
public class Amounts {

    /** A money object of the APIs ({@code amount}, {@code currency}); empty for none. */
    public String format(Object money) {
        if (!(money instanceof Map<?, ?> value) || value.get("amount") == null || value.get("currency") == null) {
            return "";
        }
        return format(new BigDecimal(value.get("amount").toString()), value.get("currency").toString(),
                LocaleContextHolder.getLocale());
    }

    /** An amount in a currency, as the page's locale writes it. */
    public String format(BigDecimal amount, String currency) {
        return format(amount, currency, LocaleContextHolder.getLocale());
    }

    /** An exact decimal string of the APIs beside its currency (funding-service's ledger); empty for none. */
    public String format(Object amount, Object currency) {
        if (amount == null || currency == null) {
            return "";
        }
        return format(new BigDecimal(amount.toString()), currency.toString(), LocaleContextHolder.getLocale());
    }

    /** An amount in a currency, as a locale writes it. */
    public static String format(BigDecimal amount, String currencyCode, Locale locale) {
        Currency currency = Currency.getInstance(currencyCode);
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(currency);
        format.setMinimumFractionDigits(currency.getDefaultFractionDigits());
        format.setMaximumFractionDigits(currency.getDefaultFractionDigits());
        return format.format(amount);
    }
}

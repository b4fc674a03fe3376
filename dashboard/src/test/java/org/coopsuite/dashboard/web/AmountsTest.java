package org.coopsuite.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class AmountsTest {

    @Test
    void writesEurosWithTwoDecimalsAndYenWithNone() {
        assertThat(Amounts.format(new BigDecimal("5000000"), "EUR", Locale.ENGLISH)).isEqualTo("€5,000,000.00");
        assertThat(Amounts.format(new BigDecimal("800000000"), "JPY", Locale.ENGLISH)).isEqualTo("¥800,000,000");
    }

    @Test
    void writesMoneyAsJapaneseWritesIt() {
        assertThat(Amounts.format(new BigDecimal("800000000"), "JPY", Locale.JAPANESE)).matches("[￥¥]800,000,000");
        assertThat(Amounts.format(new BigDecimal("1234.5"), "EUR", Locale.JAPANESE)).isEqualTo("€1,234.50");
    }
}

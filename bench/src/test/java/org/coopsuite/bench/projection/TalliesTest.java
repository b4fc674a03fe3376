package org.coopsuite.bench.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.bson.Document;
import org.junit.jupiter.api.Test;

class TalliesTest {

    @Test
    void appliesAnEventOnlyWhenItIsNewerThanTheLastApplied() {
        Document tally = Tallies.empty("agr-1");

        assertThat(Tallies.apply(tally, 1, new BigDecimal("1000.00"))).isTrue();
        assertThat(Tallies.apply(tally, 1, new BigDecimal("1000.00"))).isFalse();
        assertThat(Tallies.apply(tally, 2, new BigDecimal("1000.00"))).isTrue();

        assertThat(tally.getLong("events")).isEqualTo(2);
        assertThat(tally.getString("committed")).isEqualTo("2000.00");
    }
}

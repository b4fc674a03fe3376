package org.coopsuite.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class BarChartTest {

    private static final List<String> SERIES = List.of("OPEN", "CLOSED");

    @Test
    void stacksARowsValuesOneAfterTheOtherScaledToTheLongestRow() {
        BarChart chart = BarChart.stacked(SERIES, List.of(
                BarChart.row("CLIMATE_CHANGE", SERIES, List.of(new BigDecimal(3), new BigDecimal(1))),
                BarChart.row("SMART_CITIES", SERIES, List.of(new BigDecimal(2), BigDecimal.ZERO))));

        BarChart.Bar open = chart.bars().get(0);
        BarChart.Bar closed = chart.bars().get(1);
        assertThat(open.width()).isEqualTo(BarChart.BAR_WIDTH * 3 / 4);
        assertThat(closed.x()).isEqualTo(open.x() + open.width());
        assertThat(chart.bars().get(2).width()).isEqualTo(BarChart.BAR_WIDTH / 2);
        assertThat(chart.bars().get(3).width()).isZero();
    }

    @Test
    void groupsARowsValuesSideBySideScaledToTheLargestValue() {
        BarChart chart = BarChart.grouped(SERIES, List.of(
                BarChart.row("CLIMATE_CHANGE", SERIES, List.of(new BigDecimal(10), new BigDecimal(5)))));

        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsExactly(BarChart.BAR_WIDTH, BarChart.BAR_WIDTH / 2);
        assertThat(chart.bars().get(1).y()).isGreaterThan(chart.bars().get(0).y());
        assertThat(chart.bars()).extracting(BarChart.Bar::x).containsOnly(BarChart.LABEL_WIDTH);
    }

    @Test
    void drawsNothingForAChartOfZeros() {
        BarChart chart = BarChart.stacked(SERIES, List.of(BarChart.row("X", SERIES, List.of(BigDecimal.ZERO, BigDecimal.ZERO))));

        assertThat(chart.bars()).extracting(BarChart.Bar::width).containsOnly(0);
    }
}

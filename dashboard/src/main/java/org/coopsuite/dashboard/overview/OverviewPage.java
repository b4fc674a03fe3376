package org.coopsuite.dashboard.overview;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.coopsuite.dashboard.web.BarChart;

/**
 * The overview's charts from dialogue-service's {@code /api/overview}: per strategic area, its
 * calls by state (stacked), and per side the indicative, committed and allocated money in the
 * side's currency (grouped).
 *
 * @param sides  per side, its currency and chart
 */
record OverviewPage(BarChart callsByState, Map<String, SideMoney> sides) {

    static final List<String> MONEY_SERIES = List.of("indicative", "committed", "allocated");

    /** A side's money chart; all of a side's amounts are in its one currency. */
    record SideMoney(String currency, BarChart chart) {
    }

    @SuppressWarnings("unchecked")
    static OverviewPage of(Map<String, Object> overview) {
        Map<String, Map<String, Object>> areas = overview == null || overview.get("areas") == null
                ? Map.of() : (Map<String, Map<String, Object>>) overview.get("areas");
        TreeSet<String> states = new TreeSet<>();
        TreeSet<String> sides = new TreeSet<>();
        areas.values().forEach(area -> {
            states.addAll(((Map<String, Object>) area.getOrDefault("callsByState", Map.of())).keySet());
            MONEY_SERIES.forEach(kind -> sides.addAll(((Map<String, Object>) area.getOrDefault(kind, Map.of())).keySet()));
        });
        List<String> stateSeries = List.copyOf(states);
        List<BarChart.Row> callRows = new ArrayList<>();
        areas.forEach((name, area) -> callRows.add(BarChart.row(name, stateSeries, stateSeries.stream()
                .map(state -> number(((Map<String, Object>) area.get("callsByState")).get(state))).toList())));
        Map<String, SideMoney> money = new java.util.TreeMap<>();
        for (String side : sides) {
            List<BarChart.Row> rows = new ArrayList<>();
            String[] currency = {null};
            areas.forEach((name, area) -> rows.add(BarChart.row(name, MONEY_SERIES, MONEY_SERIES.stream().map(kind -> {
                Object amount = ((Map<String, Object>) area.getOrDefault(kind, Map.of())).get(side);
                if (amount instanceof Map<?, ?> value) {
                    currency[0] = String.valueOf(value.get("currency"));
                    return number(value.get("amount"));
                }
                return BigDecimal.ZERO;
            }).toList())));
            money.put(side, new SideMoney(currency[0], BarChart.grouped(MONEY_SERIES, rows)));
        }
        return new OverviewPage(BarChart.stacked(stateSeries, callRows), money);
    }

    private static BigDecimal number(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}

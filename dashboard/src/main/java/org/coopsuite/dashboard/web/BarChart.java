package org.coopsuite.dashboard.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart drawn as SVG by the server ({@code fragments/chart.html}): each row a
 * label and its values per series, either side by side (grouped) or one after the other (stacked).
 * The same rows make the table beside it.
 *
 * @param series the series' names, in order (their colours follow it)
 * @param rows   the rows, in order
 * @param bars   what to draw, computed here so that the template only places rectangles
 * @param height the SVG's height in pixels
 */
public record BarChart(List<String> series, List<Row> rows, List<Bar> bars, int height) {

    /** The width of the longest bar, in pixels; labels take {@link #LABEL_WIDTH} to the left. */
    public static final int BAR_WIDTH = 420;
    public static final int LABEL_WIDTH = 200;
    static final int BAR_HEIGHT = 14;
    static final int GAP = 10;

    /** One row: its label and a value per series (missing ones count as zero). */
    public record Row(String label, Map<String, BigDecimal> values) {

        public BigDecimal value(String series) {
            return values.getOrDefault(series, BigDecimal.ZERO);
        }
    }

    /** A rectangle: its series' index (its colour), position and size. */
    public record Bar(int seriesIndex, String series, String row, BigDecimal value, int x, int y, int width, int height) {
    }

    /** The SVG's width in pixels: labels, the longest bar and a margin. */
    public int width() {
        return LABEL_WIDTH + BAR_WIDTH + 10;
    }

    /** The label's position of a row in the SVG. */
    public int labelY(int rowIndex) {
        return bars.stream().filter(bar -> bar.row().equals(rows.get(rowIndex).label())).mapToInt(Bar::y).min().orElse(0)
                + BAR_HEIGHT - 3;
    }

    public static BarChart stacked(List<String> series, List<Row> rows) {
        BigDecimal max = rows.stream().map(row -> series.stream().map(row::value).reduce(BigDecimal.ZERO, BigDecimal::add))
                .max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int x = LABEL_WIDTH;
            int y = GAP + r * (BAR_HEIGHT + GAP);
            for (int s = 0; s < series.size(); s++) {
                int width = scaled(rows.get(r).value(series.get(s)), max);
                bars.add(new Bar(s, series.get(s), rows.get(r).label(), rows.get(r).value(series.get(s)), x, y, width, BAR_HEIGHT));
                x += width;
            }
        }
        return new BarChart(series, rows, bars, GAP + rows.size() * (BAR_HEIGHT + GAP));
    }

    public static BarChart grouped(List<String> series, List<Row> rows) {
        BigDecimal max = rows.stream().flatMap(row -> series.stream().map(row::value)).max(BigDecimal::compareTo)
                .orElse(BigDecimal.ZERO);
        int rowHeight = series.size() * BAR_HEIGHT + GAP;
        List<Bar> bars = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int s = 0; s < series.size(); s++) {
                BigDecimal value = rows.get(r).value(series.get(s));
                bars.add(new Bar(s, series.get(s), rows.get(r).label(), value, LABEL_WIDTH,
                        GAP + r * rowHeight + s * BAR_HEIGHT, scaled(value, max), BAR_HEIGHT - 2));
            }
        }
        return new BarChart(series, rows, bars, GAP + rows.size() * rowHeight);
    }

    /** A row from values in series order. */
    public static Row row(String label, List<String> series, List<BigDecimal> values) {
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (int i = 0; i < series.size(); i++) {
            byName.put(series.get(i), values.get(i));
        }
        return new Row(label, byName);
    }

    static int scaled(BigDecimal value, BigDecimal max) {
        if (max.signum() <= 0 || value.signum() <= 0) {
            return 0;
        }
        return Math.max(1, value.multiply(BigDecimal.valueOf(BAR_WIDTH)).divide(max, MathContext.DECIMAL64).intValue());
    }
}

package org.coopsuite.bench.latency;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** The Markdown table docs/benchmarks.md takes: per percentile, the median and min-max of the runs, raw beside service. */
public final class LatencyTable {

    private LatencyTable() {
    }

    public static String render(List<LatencyBenchmark.Result> runs) {
        StringBuilder table = new StringBuilder(
                "| ms | raw produce-to-upsert (median, min-max) | command to funding's projection (median, min-max) | ratio of medians |\n"
                        + "| --- | ---: | ---: | ---: |\n");
        row(table, runs, "p50", Latencies.Summary::p50);
        row(table, runs, "p95", Latencies.Summary::p95);
        row(table, runs, "p99", Latencies.Summary::p99);
        row(table, runs, "max", Latencies.Summary::max);
        return table.toString();
    }

    private static void row(StringBuilder table, List<LatencyBenchmark.Result> runs, String name,
            ToDoubleFunction<Latencies.Summary> figure) {
        double raw = median(runs, LatencyBenchmark.Result::raw, figure);
        double service = median(runs, LatencyBenchmark.Result::service, figure);
        table.append(String.format("| %s | %.1f (%s) | %.1f (%s) | %.1f |%n", name, raw,
                range(runs, LatencyBenchmark.Result::raw, figure), service,
                range(runs, LatencyBenchmark.Result::service, figure), service / raw));
    }

    private static double median(List<LatencyBenchmark.Result> runs, Function<LatencyBenchmark.Result, Latencies.Summary> path,
            ToDoubleFunction<Latencies.Summary> figure) {
        List<Double> sorted = runs.stream().map(path).mapToDouble(figure).sorted().boxed().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static String range(List<LatencyBenchmark.Result> runs, Function<LatencyBenchmark.Result, Latencies.Summary> path,
            ToDoubleFunction<Latencies.Summary> figure) {
        double[] values = runs.stream().map(path).mapToDouble(figure).sorted().toArray();
        return String.format("%.1f-%.1f", values[0], values[values.length - 1]);
    }
}

package org.coopsuite.bench;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coopsuite.bench.projection.ProjectionThroughput.Path;
import org.coopsuite.bench.projection.ProjectionThroughput.PathResult;

/** The Markdown table docs/benchmarks.md takes: median and min-max per path, and the ratio to the raw ceiling. */
final class ThroughputTable {

    private ThroughputTable() {
    }

    static String render(List<List<PathResult>> runs, List<Path> paths) {
        Map<Path, List<Double>> rates = runs.stream().flatMap(List::stream).collect(Collectors.groupingBy(PathResult::path,
                Collectors.mapping(PathResult::eventsPerSecond, Collectors.toList())));
        StringBuilder table = new StringBuilder("| path | events/s (median) | min-max | of raw |\n| --- | ---: | ---: | ---: |\n");
        Double raw = rates.containsKey(Path.RAW) ? median(rates.get(Path.RAW)) : null;
        for (Path path : paths) {
            List<Double> sorted = rates.get(path).stream().sorted().toList();
            double median = median(sorted);
            table.append(String.format("| %s | %,.0f | %,.0f-%,.0f | %s |%n", path.name().toLowerCase().replace('_', '-'),
                    median, sorted.get(0), sorted.get(sorted.size() - 1),
                    raw == null ? "" : String.format("%.0f %%", 100 * median / raw)));
        }
        return table.toString();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

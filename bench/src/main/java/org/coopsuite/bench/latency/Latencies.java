package org.coopsuite.bench.latency;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Latencies in milliseconds, collected from several threads, summarised as percentiles. */
final class Latencies {

    private final List<Double> millis = Collections.synchronizedList(new ArrayList<>());

    void add(long nanos) {
        millis.add(nanos / 1e6);
    }

    int count() {
        return millis.size();
    }

    /** p50, p95, p99 and max, by the nearest-rank method. */
    Summary summary() {
        List<Double> sorted;
        synchronized (millis) {
            sorted = millis.stream().sorted().toList();
        }
        if (sorted.isEmpty()) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        return new Summary(sorted.size(), rank(sorted, 50), rank(sorted, 95), rank(sorted, 99),
                sorted.get(sorted.size() - 1));
    }

    private static double rank(List<Double> sorted, int percentile) {
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    /** What a latency table shows of one measured path. */
    record Summary(int count, double p50, double p95, double p99, double max) {
    }
}

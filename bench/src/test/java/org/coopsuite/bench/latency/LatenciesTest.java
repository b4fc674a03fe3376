package org.coopsuite.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void summarisesByNearestRank() {
        Latencies latencies = new Latencies();
        IntStream.rangeClosed(1, 200).forEach(ms -> latencies.add(ms * 1_000_000L));

        Latencies.Summary summary = latencies.summary();

        assertThat(summary.count()).isEqualTo(200);
        assertThat(summary.p50()).isEqualTo(100.0);
        assertThat(summary.p95()).isEqualTo(190.0);
        assertThat(summary.p99()).isEqualTo(198.0);
        assertThat(summary.max()).isEqualTo(200.0);
    }
}

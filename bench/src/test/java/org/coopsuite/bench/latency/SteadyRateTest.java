package org.coopsuite.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** How many firings each period makes, and that none goes before its time; not how punctual they are. */
class SteadyRateTest {

    private final List<long[]> firings = new ArrayList<>();
    private final SteadyRate.Action record = (sentNanos, measured) -> firings.add(new long[] {sentNanos, measured ? 1 : 0});

    @Test
    void firesAtTheRateForTheWholePeriodNeverEarly() {
        long started = System.nanoTime();
        SteadyRate.measured(1_000, Duration.ofMillis(200), record);

        assertThat(firings).hasSize(199).allMatch(firing -> firing[1] == 1);
        for (int i = 0; i < firings.size(); i++) {
            assertThat(firings.get(i)[0] - started).isGreaterThanOrEqualTo((i + 1) * 1_000_000L);
        }
    }

    @Test
    void rampsUpEvenlySoTheWarmUpMakesHalfTheFiringsAndKeepsNone() {
        long started = System.nanoTime();
        SteadyRate.rampUp(1_000, Duration.ofMillis(200), record);

        assertThat(firings).hasSize(99).allMatch(firing -> firing[1] == 0);
        // the n-th firing is due at sqrt(2 * 0.2 s * n / 1000/s): the first at 20 ms, the last at 199 ms
        assertThat(firings.get(0)[0] - started).isGreaterThanOrEqualTo(20_000_000L);
        assertThat(firings.get(98)[0] - started).isGreaterThanOrEqualTo(198_000_000L);
    }

    @Test
    void anUnmeasuredPeriodFiresAtTheRateAndKeepsNone() {
        SteadyRate.unmeasured(1_000, Duration.ofMillis(100), record);

        assertThat(firings).hasSize(99).allMatch(firing -> firing[1] == 0);
    }

    @Test
    void aWarmUpThenTheMeasuredPeriodAtTheSameRate() {
        SteadyRate.run(1_000, Duration.ofMillis(100), Duration.ofMillis(100), record);

        assertThat(firings.stream().filter(firing -> firing[1] == 0)).hasSize(99);
        assertThat(firings.stream().filter(firing -> firing[1] == 1)).hasSize(99);
    }
}

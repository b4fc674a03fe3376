package org.coopsuite.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** What each process spent between two readings, by name, and how it reads per command. */
class ProcessTimesTest {

    @Test
    void tellsEachProcesssTimeSinceTheLastReading() {
        AtomicLong service = new AtomicLong(1_000);
        AtomicLong other = new AtomicLong(50);
        ProcessTimes times = new ProcessTimes().add("service", () -> Duration.ofMillis(service.get()))
                .add("other", () -> Duration.ofMillis(other.get()));

        assertThat(times.sinceLast()).containsExactly(entry("service", Duration.ofMillis(1_000)),
                entry("other", Duration.ofMillis(50)));
        service.addAndGet(120);
        assertThat(times.sinceLast()).containsExactly(entry("service", Duration.ofMillis(120)),
                entry("other", Duration.ZERO));
    }

    @Test
    void describesEachTimeDividedBetweenTheCommands() {
        ProcessTimes times = new ProcessTimes().add("call-service", () -> Duration.ofMillis(6_300))
                .add("funding-service", () -> Duration.ofMillis(1_290));

        assertThat(ProcessTimes.describe(times.sinceLast(), 3_000)).isEqualTo("call-service 2.1 ms, funding-service 0.43 ms");
        assertThat(ProcessTimes.describe(times.sinceLast(), 1)).isEqualTo("call-service 0 ms, funding-service 0 ms");
    }

    @Test
    void readsThisJvmsCpuAndCompilers() {
        ProcessTimes times = new ProcessTimes().add("cpu", ProcessTimes.thisJvmCpu())
                .add("compilers", ProcessTimes.thisJvmCompilation());

        assertThat(times.sinceLast().values()).allMatch(time -> time.compareTo(Duration.ZERO) > 0);
    }
}

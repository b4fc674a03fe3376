package org.coopsuite.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** What each JVM's compilers did between two readings, by name. */
class CompilationTest {

    @Test
    void tellsEachJvmsCompilationSinceTheLastReading() {
        AtomicLong service = new AtomicLong(1_000);
        AtomicLong other = new AtomicLong(50);
        Compilation compilation = new Compilation().add("service", () -> Duration.ofMillis(service.get()))
                .add("other", () -> Duration.ofMillis(other.get()));

        assertThat(compilation.sinceLast()).containsExactly(
                entry("service", Duration.ofMillis(1_000)),
                entry("other", Duration.ofMillis(50)));
        service.addAndGet(120);
        assertThat(compilation.sinceLast()).containsEntry("service", Duration.ofMillis(120))
                .containsEntry("other", Duration.ZERO);
        assertThat(Compilation.describe(compilation.sinceLast())).isEqualTo("service 0 ms, other 0 ms");
    }

    @Test
    void readsThisJvmsCompilers() {
        Compilation compilation = new Compilation().addThisJvm("this");

        assertThat(compilation.sinceLast().get("this")).isPositive();
    }
}

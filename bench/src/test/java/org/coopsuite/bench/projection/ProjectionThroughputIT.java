package org.coopsuite.bench.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.coopsuite.bench.projection.ProjectionThroughput.Path;
import org.coopsuite.bench.projection.ProjectionThroughput.PathResult;
import org.junit.jupiter.api.Test;

/** A tiny run of the throughput benchmark: it must count every event exactly once on every path; speed is not checked. */
class ProjectionThroughputIT {

    @Test
    void everyPathCountsEveryEventExactlyOnce() {
        List<PathResult> results = ProjectionThroughput.run(BenchStack.Backend.MEMORY, 3_000, 70, List.of(Path.values()));

        assertThat(results).extracting(PathResult::path).containsExactly(Path.values());
        assertThat(results).allSatisfy(result -> {
            assertThat(result.count().events()).as(result.path().name()).isEqualTo(3_000);
            assertThat(result.count().documents()).as(result.path().name()).isEqualTo(70);
            assertThat(result.count().moneyMatches()).as(result.path().name()).isTrue();
            assertThat(result.countedEveryEventOnce(70)).isTrue();
        });
    }

    @Test
    void aCountThatMissesAnEventIsNotCalledCorrect() {
        PathResult oneShort = new PathResult(Path.RAW, 3_000, Duration.ofSeconds(1), new Tallies.Count(70, 2_999, true));
        PathResult moneyOff = new PathResult(Path.RAW, 3_000, Duration.ofSeconds(1), new Tallies.Count(70, 3_000, false));

        assertThat(oneShort.countedEveryEventOnce(70)).isFalse();
        assertThat(moneyOff.countedEveryEventOnce(70)).isFalse();
    }
}

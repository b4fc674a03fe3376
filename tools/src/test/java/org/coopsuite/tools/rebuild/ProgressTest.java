package org.coopsuite.tools.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void aBarShowsTheShareTheCountsTheRateAndTheTimeLeft() {
        assertThat(Progress.bar(312_000, 1_000_000, 41_200))
                .isEqualTo("[#########.....................]  31% 312,000/1,000,000 events  41,200/s  ETA 0:17");
    }

    @Test
    void aPlainLineIsTheBarWithoutItsBar() {
        assertThat(Progress.plain(500, 1_000, 100)).isEqualTo(" 50% 500/1,000 events  100/s  ETA 0:05");
    }

    @Test
    void eventsThatCameAfterTheStartFillTheBarAndLeaveNoTime() {
        assertThat(Progress.bar(1_200, 1_000, 100)).startsWith("[" + "#".repeat(Progress.BAR) + "] 100% 1,200/1,000");
        assertThat(Progress.eta(1_200, 1_000, 100)).isEqualTo("0:00");
    }

    @Test
    void noRateYetMeansNoEstimate() {
        assertThat(Progress.eta(0, 1_000, 0)).isEqualTo("?");
    }

    @Test
    void anEmptyProjectionIsDoneAtOnce() {
        assertThat(Progress.share(0, 0)).isEqualTo(1.0);
    }

    @Test
    void longTimesGetHours() {
        assertThat(Progress.clock(Duration.ofSeconds(3_723))).isEqualTo("1:02:03");
        assertThat(Progress.eta(0, 1_000_000, 100)).isEqualTo("2:46:40");
    }
}

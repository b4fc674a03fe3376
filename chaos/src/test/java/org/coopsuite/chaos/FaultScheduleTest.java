package org.coopsuite.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.coopsuite.chaos.FaultSchedule.Fault;
import org.coopsuite.chaos.FaultSchedule.Kind;
import org.junit.jupiter.api.Test;

/** The seeded schedule: the same seed gives the same faults, in the window, as many as asked. */
class FaultScheduleTest {

    private static final Duration WINDOW = Duration.ofSeconds(300);

    @Test
    void theSameSeedGivesTheSameScheduleAndAnotherSeedAnother() {
        FaultSchedule once = FaultSchedule.plan(25, WINDOW, 10, 2, 1);
        FaultSchedule again = FaultSchedule.plan(25, WINDOW, 10, 2, 1);
        FaultSchedule other = FaultSchedule.plan(26, WINDOW, 10, 2, 1);

        assertThat(again.faults()).isEqualTo(once.faults());
        assertThat(other.faults()).isNotEqualTo(once.faults());
        assertThat(once.seed()).isEqualTo(25);
    }

    @Test
    void holdsExactlyTheAskedCountsInOrderWithinTheMiddleOfTheWindow() {
        for (long seed = 0; seed < 200; seed++) {
            FaultSchedule schedule = FaultSchedule.plan(seed, WINDOW, 10, 2, 1);

            assertThat(schedule.count(Kind.SERVICE_KILL)).isEqualTo(10);
            assertThat(schedule.count(Kind.STACK_KILL)).isEqualTo(2);
            assertThat(schedule.count(Kind.MONGO_PAUSE)).isEqualTo(1);
            assertThat(schedule.faults()).hasSize(13).isSortedAccordingTo(java.util.Comparator.comparing(Fault::at))
                    .allSatisfy(fault -> assertThat(fault.at()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(270)));
            assertThat(schedule.faults()).filteredOn(f -> f.kind() == Kind.SERVICE_KILL)
                    .allSatisfy(f -> assertThat(FaultSchedule.SERVICES).contains(f.target()));
            assertThat(schedule.faults()).filteredOn(f -> f.kind() == Kind.MONGO_PAUSE).allSatisfy(f -> assertThat(f.length())
                    .isBetween(Duration.ofSeconds(3), Duration.ofSeconds(8)));
        }
    }

    @Test
    void killsEveryServiceOverSeeds() {
        assertThat(java.util.stream.LongStream.range(0, 20).boxed()
                .flatMap(seed -> FaultSchedule.plan(seed, WINDOW, 10, 0, 0).faults().stream()).map(Fault::target).distinct())
                .containsExactlyInAnyOrderElementsOf(FaultSchedule.SERVICES);
    }

    @Test
    void noFaultsAskedIsAnEmptySchedule() {
        assertThat(FaultSchedule.plan(1, WINDOW, 0, 0, 0).faults()).isEmpty();
    }

    @Test
    void refusesNegativeCountsAndAnEmptyWindow() {
        assertThatThrownBy(() -> FaultSchedule.plan(1, WINDOW, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FaultSchedule.plan(1, Duration.ZERO, 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void saysWhatEachFaultDoes() {
        assertThat(new Fault(Duration.ofSeconds(47), Kind.SERVICE_KILL, "call-service", Duration.ZERO))
                .hasToString("+47 s kill -9 call-service");
        assertThat(new Fault(Duration.ofSeconds(82), Kind.STACK_KILL, FaultSchedule.STACK, Duration.ZERO))
                .hasToString("+82 s kill -9 the local stack");
        assertThat(new Fault(Duration.ofSeconds(246), Kind.MONGO_PAUSE, FaultSchedule.MONGO, Duration.ofSeconds(5)))
                .hasToString("+246 s pause MongoDB for 5 s");
    }
}

package org.coopsuite.bench.latency;

import java.time.Duration;
import java.util.Map;

/** The warm-up after the ramp: the rate goes on until the JIT compilers of every JVM are quiet. */
final class WarmUp {

    /** After the ramp, the warm-up goes on at the rate in such periods until the JIT compilers are quiet... */
    private static final Duration SETTLING_PERIOD = Duration.ofSeconds(10);
    /** ...that is, until no JVM's compilers worked more than this in a period (2 % of it), or for at most a given time. */
    private static final Duration QUIET_COMPILATION = SETTLING_PERIOD.dividedBy(50);

    private WarmUp() {
    }

    /**
     * Goes on sending at the rate, period by period, until no JVM's JIT compilers worked more than
     * 2 % of the last period: a compiler at work competes with the services for the two cores, and
     * the code it has not compiled yet runs slower, so the measured period would measure the
     * warming up. The ramp alone does not do it: at 100 commands a second, after a 60 s ramp, each
     * of the three JVMs' compilers still worked about 10 s in every 10 s for another 100 s, and
     * were quiet only after about 220 s.
     */
    static void settle(int perSecond, Duration atMost, SteadyRate.Action draft, ProcessTimes compilation) {
        long started = System.nanoTime();
        compilation.sinceLast();
        while (true) {
            SteadyRate.unmeasured(perSecond, SETTLING_PERIOD, draft);
            Map<String, Duration> compiled = compilation.sinceLast();
            boolean quiet = compiled.values().stream().allMatch(time -> time.compareTo(QUIET_COMPILATION) <= 0);
            Duration settling = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("  warm-up: +%d s, compiling in the last %d s: %s%n", settling.toSeconds(),
                    SETTLING_PERIOD.toSeconds(), ProcessTimes.describe(compiled, 1));
            if (quiet || settling.compareTo(atMost) >= 0) {
                System.out.printf("  warm-up: %s after %d s more at the rate%n",
                        quiet ? "JIT compilers quiet" : "JIT compilers STILL AT WORK", settling.toSeconds());
                return;
            }
        }
    }
}

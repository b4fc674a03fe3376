package org.coopsuite.bench.latency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/**
 * Fires an action at a steady rate for a while: first a warm-up whose results are not kept,
 * then the measured period. The action gets the send time and whether it is measured.
 */
final class SteadyRate {

    /** One firing: {@code measured} is false during the warm-up. */
    interface Action {
        void fire(long sentNanos, boolean measured);
    }

    private SteadyRate() {
    }

    static void run(int perSecond, Duration warmUp, Duration measured, Action action) {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        long started = System.nanoTime();
        long warmUpEnds = started + warmUp.toNanos();
        long ends = warmUpEnds + measured.toNanos();
        LongConsumer tick = now -> action.fire(now, now >= warmUpEnds);
        timer.scheduleAtFixedRate(() -> tick.accept(System.nanoTime()), 0, 1_000_000_000L / perSecond,
                TimeUnit.NANOSECONDS);
        try {
            timer.awaitTermination(ends - started, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow();
        }
    }
}

package org.coopsuite.bench.latency;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Fires an action at a steady rate for a while, on the calling thread: either a warm-up whose
 * results are not kept followed by the measured period, or one period on its own, at the rate
 * or ramping up to it. The action gets its send time and whether it is measured; it must not
 * block (it sends asynchronously).
 */
final class SteadyRate {

    /** One firing: {@code measured} is false during a warm-up. */
    interface Action {
        void fire(long sentNanos, boolean measured);
    }

    private SteadyRate() {
    }

    /** A warm-up at the rate, then the measured period at the same rate. */
    static void run(int perSecond, Duration warmUp, Duration measured, Action action) {
        unmeasured(perSecond, warmUp, action);
        measured(perSecond, measured, action);
    }

    /** The measured period at the rate. */
    static void measured(int perSecond, Duration duration, Action action) {
        fire(perSecond, duration, false, now -> action.fire(now, true));
    }

    /** A period at the rate whose results are not kept: more warm-up. */
    static void unmeasured(int perSecond, Duration duration, Action action) {
        fire(perSecond, duration, false, now -> action.fire(now, false));
    }

    /**
     * A warm-up whose rate rises evenly from nothing to {@code perSecond}: a cold service
     * compiles its hot code while the load is still light, instead of queueing a backlog that
     * the measured period would then carry.
     */
    static void rampUp(int perSecond, Duration duration, Action action) {
        fire(perSecond, duration, true, now -> action.fire(now, false));
    }

    /**
     * Fires the n-th time when it is due (n / rate, or on the ramp sqrt(2 * duration * n / rate))
     * and not before, with the time it actually fired; one that falls behind fires at once.
     */
    private static void fire(int perSecond, Duration duration, boolean ramp, LongConsumer firing) {
        long started = System.nanoTime();
        double seconds = duration.toNanos() / 1e9;
        for (long n = 1; ; n++) {
            double due = ramp ? Math.sqrt(2 * seconds * n / perSecond) : (double) n / perSecond;
            if (due >= seconds) {
                return;
            }
            long dueNanos = started + (long) Math.ceil(due * 1e9);
            for (long wait = dueNanos - System.nanoTime(); wait > 0; wait = dueNanos - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            firing.accept(System.nanoTime());
        }
    }
}

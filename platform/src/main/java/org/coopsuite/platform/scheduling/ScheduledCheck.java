package org.coopsuite.platform.scheduling;

import java.time.Duration;

/**
 * A check a service runs on its own, at start-up and then every {@link #interval()}: a bean that
 * implements it is scheduled by the platform, on a fixed delay, not a rate, so that a slow run is
 * never overlapped by the next one on the same instance. Every instance runs it; the check's
 * writes must therefore be guarded (by the version an aggregate was read at) or idempotent.
 */
public interface ScheduledCheck {

    /** The delay between the end of one run and the start of the next, from the service's settings. */
    Duration interval();

    /** Runs the check now. */
    void run();
}

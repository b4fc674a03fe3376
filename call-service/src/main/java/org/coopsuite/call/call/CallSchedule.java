package org.coopsuite.call.call;

import org.coopsuite.platform.correlation.Correlation;
import org.springframework.stereotype.Component;

/**
 * The scheduled check of a call's dates: opens the calls awaiting funding whose co-funding is
 * secured and whose opening date has come, and closes the open calls whose deadline has passed.
 * Every instance runs it; each write is guarded by the version the call was read at, so when two
 * instances check at once only one of them writes.
 */
@Component
public class CallSchedule {

    private final Calls calls;
    private final CallService service;

    CallSchedule(Calls calls, CallService service) {
        this.calls = calls;
        this.service = service;
    }

    /** Runs the check now; the events it causes share one correlation id, the run's. */
    public void run() {
        try (Correlation.Scope run = Correlation.open(Correlation.newId(), "call-schedule-check")) {
            calls.awaitingFundingOpeningBy(service.today()).forEach(service::openIfDue);
            calls.openWithDeadlineBefore(service.today()).forEach(service::closeIfDue);
        }
    }
}

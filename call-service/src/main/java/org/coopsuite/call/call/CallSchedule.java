package org.coopsuite.call.call;

import java.time.Duration;

import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The scheduled check of a call's dates: opens the calls awaiting funding whose co-funding is
 * secured and whose opening date has come, and closes the open calls whose deadline has passed.
 * Every instance runs it; each write is guarded by the version the call was read at, so when two
 * instances check at once only one of them writes. It runs at start-up and then every
 * {@code coop.call.schedule-check-interval}.
 */
@Component
@EnableConfigurationProperties(CallProperties.class)
public class CallSchedule implements ScheduledCheck {

    private final Calls calls;
    private final CallService service;
    private final CallProperties properties;

    CallSchedule(Calls calls, CallService service, CallProperties properties) {
        this.calls = calls;
        this.service = service;
        this.properties = properties;
    }

    @Override
    public Duration interval() {
        return properties.scheduleCheckInterval();
    }

    /** Runs the check now; the events it causes share one correlation id, the run's. */
    @Override
    public void run() {
        try (Correlation.Scope run = Correlation.open(Correlation.newId(), "call-schedule-check")) {
            calls.awaitingFundingOpeningBy(service.today()).forEach(service::openIfDue);
            calls.openWithDeadlineBefore(service.today()).forEach(service::closeIfDue);
        }
    }
}

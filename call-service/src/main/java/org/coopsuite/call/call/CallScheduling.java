package org.coopsuite.call.call;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the check of openings and deadlines every {@code coop.call.schedule-check-interval}, first at start-up. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(CallProperties.class)
class CallScheduling implements SchedulingConfigurer {

    private final CallSchedule schedule;
    private final CallProperties properties;

    CallScheduling(CallSchedule schedule, CallProperties properties) {
        this.schedule = schedule;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // a fixed delay, not a rate: a slow run is never overlapped by the next one on this instance
        registrar.addFixedDelayTask(schedule::run, properties.scheduleCheckInterval());
    }
}

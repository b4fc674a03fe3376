package org.coopsuite.platform.config;

import java.util.List;

import org.coopsuite.platform.scheduling.ScheduledCheck;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Schedules every {@link ScheduledCheck} of a service: first at start-up, then each at its own interval. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBean(ScheduledCheck.class)
@EnableScheduling
class SchedulingConfiguration implements SchedulingConfigurer {

    private final List<ScheduledCheck> checks;

    SchedulingConfiguration(List<ScheduledCheck> checks) {
        this.checks = checks;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        checks.forEach(check -> registrar.addFixedDelayTask(check::run, check.interval()));
    }
}

package org.coopsuite.dialogue.actionitem;

import org.coopsuite.dialogue.dialogue.DialogueProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the overdue check every {@code coop.dialogue.overdue-check-interval}, first at start-up. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(DialogueProperties.class)
class OverdueCheckScheduling implements SchedulingConfigurer {

    private final OverdueActionItemsCheck check;
    private final DialogueProperties properties;

    OverdueCheckScheduling(OverdueActionItemsCheck check, DialogueProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        // a fixed delay, not a rate: a slow run is never overlapped by the next one on this instance
        registrar.addFixedDelayTask(check::run, properties.overdueCheckInterval());
    }
}

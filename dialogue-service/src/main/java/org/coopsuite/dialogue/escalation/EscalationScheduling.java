package org.coopsuite.dialogue.escalation;

import org.coopsuite.dialogue.dialogue.DialogueProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Runs the shortfall escalation check every {@code coop.dialogue.escalation.check-interval}, first at start-up. */
@Configuration
class EscalationScheduling implements SchedulingConfigurer {

    private final ShortfallEscalationCheck check;
    private final DialogueProperties properties;

    EscalationScheduling(ShortfallEscalationCheck check, DialogueProperties properties) {
        this.check = check;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(check::run, properties.escalation().checkInterval());
    }
}

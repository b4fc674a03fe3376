package org.coopsuite.dialogue.escalation.messaging;

import org.coopsuite.dialogue.escalation.EscalationTriggers;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.schemas.EventTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Escalates overdue items and referred matters from this service's own events, read back: each then
 * happens once the event is stored, even if the instance stops right after the write.
 */
@Configuration(proxyBeanMethods = false)
class EscalationSubscriptions {

    @Bean
    Subscription escalations(EscalationTriggers triggers) {
        return Subscription.reacts(EventTopic.DIALOGUE, triggers::on);
    }
}

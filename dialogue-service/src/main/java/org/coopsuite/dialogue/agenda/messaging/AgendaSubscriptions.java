package org.coopsuite.dialogue.agenda.messaging;

import org.coopsuite.dialogue.agenda.AgendaFeed;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.schemas.EventTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts a call's results or cancellation, and funding shortfalls, on the agendas of the coming dialogues. */
@Configuration(proxyBeanMethods = false)
class AgendaSubscriptions {

    @Bean
    Subscription agendaFromCalls(AgendaFeed feed) {
        return Subscription.reacts(EventTopic.CALL, feed::on);
    }

    @Bean
    Subscription agendaFromFunding(AgendaFeed feed) {
        return Subscription.reacts(EventTopic.FUNDING, feed::on);
    }
}

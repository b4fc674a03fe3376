package org.coopsuite.funding.ledger.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.funding.ledger.LedgerProjection;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.coopsuite.schemas.EventTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the ledger up to date from this service's own published events (binding
 * {@code fundingEvents-in-0}), as a subscription of its own: an operator can rebuild it.
 */
@Configuration(proxyBeanMethods = false)
class FundingEventsConsumer {

    @Bean
    Subscription ledger(LedgerProjection ledger) {
        return Subscription.projects(EventTopic.FUNDING, ledger);
    }

    @Bean
    Consumer<Message<List<byte[]>>> fundingEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
        return consumers.of(EventTopic.FUNDING, subscriptions);
    }
}

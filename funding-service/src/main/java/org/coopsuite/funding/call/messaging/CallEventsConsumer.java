package org.coopsuite.funding.call.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.funding.call.CallProjection;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the projection of calls up to date (binding {@code callEvents-in-0}), as a subscription of
 * its own: the platform builds the binding's function from it, and an operator can rebuild it.
 */
@Configuration(proxyBeanMethods = false)
class CallEventsConsumer {

    @Bean
    Subscription callViews(CallProjection calls) {
        return Subscription.projects(EventTopic.CALL, calls);
    }

    @Bean
    Consumer<Message<List<byte[]>>> callEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
        return consumers.of(EventTopic.CALL, subscriptions);
    }
}

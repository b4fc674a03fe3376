package org.coopsuite.dialogue;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.coopsuite.schemas.EventTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One binding a topic ({@code callEvents-in-0}, {@code fundingEvents-in-0},
 * {@code dialogueEvents-in-0}), each doing what the features' {@link Subscription}s to that topic
 * ask: the features declare them in their own {@code messaging} packages. It sits beside the
 * application, above the features, since every feature may subscribe.
 */
@Configuration(proxyBeanMethods = false)
class TopicBindings {

    @Bean
    Consumer<Message<List<byte[]>>> callEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
        return consumers.of(EventTopic.CALL, subscriptions);
    }

    @Bean
    Consumer<Message<List<byte[]>>> fundingEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
        return consumers.of(EventTopic.FUNDING, subscriptions);
    }

    /** This service's own events read back, so that what they cause happens once they are stored. */
    @Bean
    Consumer<Message<List<byte[]>>> dialogueEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
        return consumers.of(EventTopic.DIALOGUE, subscriptions);
    }
}

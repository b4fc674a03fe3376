package org.coopsuite.call.funding.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.funding.FundingProjection;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the funding projection up to date (binding {@code fundingEvents-in-0}), then opens a call
 * at once when its co-funding is secured and its opening date has already come. Opening again
 * on a redelivered event does nothing: the call is no longer awaiting funding. Both are
 * subscriptions: the platform builds the binding's function from them (projection first), and an
 * operator can rebuild the projection.
 */
@Configuration(proxyBeanMethods = false)
class FundingEventsConsumer {

    @Bean
    Subscription fundingOfProposals(FundingProjection funding) {
        return Subscription.projects(EventTopic.FUNDING, funding);
    }

    @Bean
    Subscription openWhenSecured(CallService calls) {
        return Subscription.reacts(EventTopic.FUNDING, event -> openIfDue(event, calls));
    }

    @Bean
    Consumer<Message<List<byte[]>>> fundingEvents(TopicConsumers consumers, List<Subscription> subscriptions) {
        return consumers.of(EventTopic.FUNDING, subscriptions);
    }

    private static void openIfDue(SpecificRecord event, CallService calls) {
        if (event instanceof CoFundingSecured secured) {
            calls.openIfDue(secured.getCallId());
        }
    }
}

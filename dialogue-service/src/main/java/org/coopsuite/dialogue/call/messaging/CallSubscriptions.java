package org.coopsuite.dialogue.call.messaging;

import org.coopsuite.dialogue.call.CallProjection;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.schemas.EventTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps this service's view of each call up to date with the call's events. */
@Configuration(proxyBeanMethods = false)
class CallSubscriptions {

    @Bean
    Subscription callViews(CallProjection calls) {
        return Subscription.projects(EventTopic.CALL, calls);
    }
}

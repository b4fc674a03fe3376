package org.coopsuite.dialogue.overview.messaging;

import org.coopsuite.dialogue.overview.CallOverviewProjection;
import org.coopsuite.dialogue.overview.FundingOverviewProjection;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.schemas.EventTopic;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps the cooperation overview up to date with the calls' and the funding's events. */
@Configuration(proxyBeanMethods = false)
class OverviewSubscriptions {

    @Bean
    Subscription callOverview(CallOverviewProjection overview) {
        return Subscription.projects(EventTopic.CALL, overview);
    }

    @Bean
    Subscription fundingOverview(FundingOverviewProjection overview) {
        return Subscription.projects(EventTopic.FUNDING, overview);
    }
}

package org.coopsuite.funding.ledger.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.funding.ledger.LedgerProjection;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.messaging.Parking;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Keeps the ledger up to date from this service's own published events (binding {@code fundingEvents-in-0}). */
@Configuration(proxyBeanMethods = false)
class FundingEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> fundingEvents(EventCodec codec, Projector projector, LedgerProjection ledger,
            Parking parking) {
        projector.register(ledger);
        return new EventBatchConsumer(codec, events -> projector.project(ledger, events), parking,
                EventTopic.FUNDING.topic());
    }
}

package org.coopsuite.funding.call.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.funding.call.CallProjection;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.messaging.Parking;
import org.coopsuite.platform.projection.Projector;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Keeps the projection of calls up to date (binding {@code callEvents-in-0}). */
@Configuration(proxyBeanMethods = false)
class CallEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> callEvents(EventCodec codec, Projector projector, CallProjection calls,
            Parking parking) {
        projector.register(calls);
        return new EventBatchConsumer(codec, events -> projector.project(calls, events), parking,
                EventTopic.CALL.topic());
    }
}

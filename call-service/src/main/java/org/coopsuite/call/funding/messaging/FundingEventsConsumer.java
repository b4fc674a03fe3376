package org.coopsuite.call.funding.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.funding.FundingProjection;
import org.coopsuite.platform.messaging.EachEvent;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.messaging.Parking;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the funding projection up to date (binding {@code fundingEvents-in-0}), then opens a call
 * at once when its co-funding is secured and its opening date has already come. Opening again
 * on a redelivered event does nothing: the call is no longer awaiting funding.
 */
@Configuration(proxyBeanMethods = false)
class FundingEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> fundingEvents(EventCodec codec, Projector projector, FundingProjection funding,
            TraceHeaders tracing, CallService calls, Parking parking) {
        projector.register(funding);
        EachEvent openWhenSecured = new EachEvent(tracing, event -> openIfDue(event, calls));
        return new EventBatchConsumer(codec, events -> {
            projector.project(funding, events);
            openWhenSecured.accept(events);
        }, parking, EventTopic.FUNDING.topic());
    }

    private static void openIfDue(SpecificRecord event, CallService calls) {
        if (event instanceof CoFundingSecured secured) {
            calls.openIfDue(secured.getCallId());
        }
    }
}

package org.coopsuite.dialogue.agenda.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.dialogue.agenda.AgendaFeed;
import org.coopsuite.dialogue.overview.FundingOverviewProjection;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.messaging.EachEvent;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the cooperation overview up to date with the funding events and puts funding shortfalls
 * on agendas (binding {@code fundingEvents-in-0}); the projection first, as for the call events.
 */
@Configuration(proxyBeanMethods = false)
class FundingEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> fundingEvents(EventCodec codec, Projector projector, FundingOverviewProjection overview,
            TraceHeaders tracing, AgendaFeed feed) {
        projector.register(overview);
        EachEvent reactions = new EachEvent(tracing, feed::on);
        return new EventBatchConsumer(codec, events -> {
            projector.project(overview, events);
            reactions.accept(events);
        });
    }
}

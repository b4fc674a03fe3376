package org.coopsuite.dialogue.call.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.dialogue.agenda.AgendaFeed;
import org.coopsuite.dialogue.call.CallProjection;
import org.coopsuite.dialogue.overview.CallOverviewProjection;
import org.coopsuite.platform.messaging.EachEvent;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Keeps the projections of calls and of the cooperation overview up to date and puts a call's results or cancellation on an agenda
 * (binding {@code callEvents-in-0}). One function for both, as two bindings in one consumer group
 * on one topic would split its partitions between them. The projections go first, each in one
 * bulk write; a reaction that fails redelivers the rest of the batch, which the projections skip as
 * duplicates.
 */
@Configuration(proxyBeanMethods = false)
class CallEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> callEvents(EventCodec codec, Projector projector, CallProjection calls,
            CallOverviewProjection overview, TraceHeaders tracing, AgendaFeed feed) {
        projector.register(calls);
        projector.register(overview);
        EachEvent reactions = new EachEvent(tracing, feed::on);
        return new EventBatchConsumer(codec, events -> {
            projector.project(calls, events);
            projector.project(overview, events);
            reactions.accept(events);
        });
    }
}

package org.coopsuite.dialogue.agenda.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.dialogue.agenda.AgendaFeed;
import org.coopsuite.platform.messaging.EachEvent;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Puts funding shortfalls on agendas (binding {@code fundingEvents-in-0}). */
@Configuration(proxyBeanMethods = false)
class FundingEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> fundingEvents(EventCodec codec, TraceHeaders tracing, AgendaFeed feed) {
        return new EventBatchConsumer(codec, new EachEvent(tracing, feed::on));
    }
}

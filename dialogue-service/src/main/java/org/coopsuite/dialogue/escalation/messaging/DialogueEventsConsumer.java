package org.coopsuite.dialogue.escalation.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.dialogue.escalation.EscalationTriggers;
import org.coopsuite.platform.messaging.EachEvent;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Reads this service's own events back to escalate overdue items and referred matters (binding {@code dialogueEvents-in-0}). */
@Configuration(proxyBeanMethods = false)
class DialogueEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> dialogueEvents(EventCodec codec, TraceHeaders tracing, EscalationTriggers triggers) {
        return new EventBatchConsumer(codec, new EachEvent(tracing, triggers::on));
    }
}

package org.coopsuite.dialogue.escalation.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.dialogue.escalation.EscalationTriggers;
import org.coopsuite.platform.messaging.EachEvent;
import org.coopsuite.platform.messaging.EventBatchConsumer;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * Reads this service's own events back (binding {@code dialogueEvents-in-0}) to escalate overdue
 * items and referred matters, and to propose a platform's next meeting once one concludes: each
 * then happens once the event is stored, even if the instance stops right after the write.
 */
@Configuration(proxyBeanMethods = false)
class DialogueEventsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> dialogueEvents(EventCodec codec, TraceHeaders tracing, EscalationTriggers triggers,
            DialogueService dialogues) {
        return new EventBatchConsumer(codec, new EachEvent(tracing, event -> {
            triggers.on(event);
            if (event instanceof DialogueConcluded concluded) {
                dialogues.proposeNextMeeting(concluded.getDialogueId());
            }
        }));
    }
}

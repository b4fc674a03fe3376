package org.coopsuite.dialogue.dialogue.messaging;

import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.platform.messaging.Subscription;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.dialogue.DialogueConcluded;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Proposes a platform's next meeting once one concludes, from the concluding event read back. */
@Configuration(proxyBeanMethods = false)
class NextMeetingSubscriptions {

    @Bean
    Subscription nextMeetings(DialogueService dialogues) {
        return Subscription.reacts(EventTopic.DIALOGUE, event -> {
            if (event instanceof DialogueConcluded concluded) {
                dialogues.proposeNextMeeting(concluded.getDialogueId());
            }
        });
    }
}

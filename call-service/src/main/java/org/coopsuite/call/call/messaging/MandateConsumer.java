package org.coopsuite.call.call.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.DraftCallFromMandate;
import org.coopsuite.call.call.MandateReference;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Drafts a call for every call mandate a dialogue records (binding {@code dialogueEvents-in-0}). */
@Configuration(proxyBeanMethods = false)
class MandateConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> dialogueEvents(TopicConsumers consumers, CallService calls) {
        return consumers.reactions(EventTopic.DIALOGUE, null, event -> onDialogueEvent(event, calls));
    }

    private static void onDialogueEvent(SpecificRecord event, CallService calls) {
        if (event instanceof DecisionRecorded decision && decision.getKind() == DecisionKind.CALL_MANDATE
                && decision.getMandate() != null) {
            calls.draftFromMandate(draft(decision));
        }
    }

    static DraftCallFromMandate draft(DecisionRecorded decision) {
        CallMandate mandate = decision.getMandate();
        return new DraftCallFromMandate(mandate.getCallId(), decision.getSummary(), mandate.getModality(),
                mandate.getStrategicArea(), mandate.getTopics(), Money.fromEvent(mandate.getIndicativeBudget()),
                mandate.getTargetOpeningDate(),
                new MandateReference(decision.getDialogueId(), decision.getDecisionId()), mandate.getGlobalChallenges());
    }
}

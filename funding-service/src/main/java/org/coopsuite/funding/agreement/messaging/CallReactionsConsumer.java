package org.coopsuite.funding.agreement.messaging;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.funding.agreement.AgreementService;
import org.coopsuite.funding.agreement.OpenAgreement;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.messaging.TopicConsumers;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallReserveExtended;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.EventTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * What the call's events make co-funding do (binding {@code callReactions-in-0}, a consumer group
 * of its own so that it moves on independently of the projection of calls): a call submitted for
 * funding opens its agreement, published results are allocated, a proposal the call adds to its
 * reserve after a redress joins the agreement's reserve, a cancelled call's agreement lapses. Every other event of the topic, the proposals' included, is passed over.
 */
@Configuration(proxyBeanMethods = false)
class CallReactionsConsumer {

    @Bean
    Consumer<Message<List<byte[]>>> callReactions(TopicConsumers consumers, AgreementService agreements,
            @Value("${spring.cloud.stream.bindings.callReactions-in-0.group}") String group) {
        return consumers.reactions(EventTopic.CALL, group, event -> onCallEvent(event, agreements));
    }

    static void onCallEvent(SpecificRecord event, AgreementService agreements) {
        if (event instanceof CallSubmittedForFunding submitted) {
            agreements.open(open(submitted));
        } else if (event instanceof CallResultsPublished results) {
            agreements.allocate(results.getCallId(), ResultsMapping.results(results));
        } else if (event instanceof CallReserveExtended extended) {
            agreements.extendReserve(extended.getCallId(), ResultsMapping.shares(extended.getProposal()));
        } else if (event instanceof CallCancelled cancelled) {
            agreements.lapse(cancelled.getCallId(), cancelled.getReason());
        }
    }

    static OpenAgreement open(CallSubmittedForFunding submitted) {
        return new OpenAgreement(submitted.getCallId(), submitted.getParticipatingSides(),
                new LinkedHashMap<>(Money.fromEvent(submitted.getIndicativeBudget())), submitted.getStrategicAreas(),
                submitted.getClimateCoefficient(),
                LocalDate.ofInstant(submitted.getMeta().getOccurredAt(), ZoneOffset.UTC), submitted.getFundingPeriodDays());
    }
}

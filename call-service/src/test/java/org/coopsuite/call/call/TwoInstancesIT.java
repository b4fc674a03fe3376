package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.call.CallServiceApplication;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Two instances of call-service on one database and one consumer group: every mandate drafts
 * one call, and every call's event is published once, even with each mandate delivered twice.
 */
@ServiceIntegrationTest
class TwoInstancesIT {

    private static final String[] SHARED = {"spring.kafka.bootstrap-servers", "spring.cloud.stream.kafka.binder.brokers",
        "spring.mongodb.uri", "spring.mongodb.database", "spring.cloud.stream.default.group",
        "spring.security.oauth2.resourceserver.jwt.public-key-location"};

    @Autowired
    Environment environment;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;

    private ConfigurableApplicationContext secondInstance;

    @AfterEach
    void stopSecondInstance() {
        if (secondInstance != null) {
            secondInstance.close();
        }
    }

    @Test
    void twoInstancesDraftEachMandatedCallOnceAndPublishItOnce() {
        secondInstance = startSecondInstance();
        List<DecisionRecorded> mandates = IntStream.range(0, 30).mapToObj(i -> mandate()).toList();

        for (DecisionRecorded mandate : mandates) {
            deliver(mandate);
            deliver(mandate);
        }

        List<String> callIds = mandates.stream().map(m -> m.getMandate().getCallId()).toList();
        try (EventProbe events = EventProbe.fromBeginning("coop.call.events")) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                    events.events(CallDrafted.class, e -> callIds.contains(e.getCallId()))).hasSize(callIds.size()));
            assertThat(events.events(CallDrafted.class, e -> callIds.contains(e.getCallId())))
                    .extracting(CallDrafted::getCallId).containsExactlyInAnyOrderElementsOf(callIds);
        }
        assertThat(mongo.count(Query.query(Criteria.where("_id").in(callIds)), "calls")).isEqualTo(callIds.size());
    }

    private ConfigurableApplicationContext startSecondInstance() {
        // As command-line arguments: they outrank the service's own application.yml, as they would in production.
        List<String> arguments = new java.util.ArrayList<>(List.of("--server.port=0", "--management.server.port=0"));
        for (String key : SHARED) {
            arguments.add("--" + key + "=" + environment.getProperty(key));
        }
        return new SpringApplicationBuilder(CallServiceApplication.class).run(arguments.toArray(String[]::new));
    }

    private void deliver(DecisionRecorded decision) {
        kafka.send(new ProducerRecord<>("coop.dialogue.events",
                decision.getDialogueId().getBytes(StandardCharsets.UTF_8), codec.encode(decision))).join();
    }

    private static DecisionRecorded mandate() {
        String dialogueId = UUID.randomUUID().toString();
        EventContext context = new EventContext(Instant.now(), "two-instances", null, "dialogue-service");
        return DecisionRecorded.newBuilder().setMeta(context.meta("DecisionRecorded", "Dialogue", dialogueId, 3))
                .setDialogueId(dialogueId).setDecisionId(UUID.randomUUID().toString())
                .setKind(DecisionKind.CALL_MANDATE).setSummary("Launch a joint call")
                .setMandate(CallMandate.newBuilder().setCallId(UUID.randomUUID().toString())
                        .setModality(CallModality.JOINT).setStrategicArea("CLIMATE_CHANGE")
                        .setTopics(List.of("Adaptation"))
                        .setIndicativeBudget(List.of(
                                SideAmount.newBuilder().setSide("EU").setAmount(Money.newBuilder()
                                        .setAmount("5000000.00").setCurrency("EUR").build()).build(),
                                SideAmount.newBuilder().setSide("JP").setAmount(Money.newBuilder()
                                        .setAmount("800000000").setCurrency("JPY").build()).build()))
                        .build())
                .build();
    }
}

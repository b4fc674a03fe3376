package org.coopsuite.funding.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.messaging.DeadLetters;
import org.coopsuite.platform.messaging.ParkedSequences;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.SideAmount;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

@ServiceIntegrationTest
class CallProjectionIT {

    private static final String TOPIC = "coop.call.events";

    @Value("${spring.cloud.stream.default.group}")
    String group;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry meters;

    @Test
    void appliesAnEventDeliveredTwiceOnce() {
        String callId = UUID.randomUUID().toString();
        byte[] drafted = codec.encode(callDrafted(callId));
        double duplicatesBefore = duplicates();

        send(callId, drafted);
        send(callId, drafted);

        CallView view = await().until(() -> mongo.findById(callId, CallView.class, CallProjection.COLLECTION),
                found -> found != null);
        await().untilAsserted(() -> assertThat(duplicates()).isEqualTo(duplicatesBefore + 1));
        CallView after = mongo.findById(callId, CallView.class, CallProjection.COLLECTION);
        assertThat(after.getRevision()).isEqualTo(view.getRevision()).isEqualTo(1);
        assertThat(after.getAppliedVersions()).containsEntry(callId, 1L);
        assertThat(after.getIndicativeBudget()).containsEntry("EU", new Money(new BigDecimal("5000000.00"), "EUR"));
    }

    /**
     * An undecodable record is dead-lettered and parks its key's sequence: the same call's next
     * event waits behind it (not applied), another call's event right after it is applied.
     */
    @Test
    void deadLettersAPoisonMessageWithItsReasonParksTheSameCallsNextEventAndProcessesAnotherCalls() {
        String callId = UUID.randomUUID().toString();
        String otherCallId = UUID.randomUUID().toString();

        send(callId, "not an event".getBytes(StandardCharsets.UTF_8));
        send(callId, codec.encode(callDrafted(callId)));
        send(otherCallId, codec.encode(callDrafted(otherCallId)));

        await().until(() -> mongo.findById(otherCallId, CallView.class, CallProjection.COLLECTION) != null);
        await().until(() -> parkedEvents(callId) == 2);
        assertThat(mongo.findById(callId, CallView.class, CallProjection.COLLECTION)).isNull();
        try (EventProbe probe = EventProbe.fromBeginning(DeadLetters.topic(TOPIC, group))) {
            ConsumerRecord<byte[], byte[]> dead = await().until(() -> probe.records(DeadLetters.topic(TOPIC, group))
                    .stream().filter(r -> new String(r.key(), StandardCharsets.UTF_8).equals(callId)).findFirst()
                    .orElse(null), found -> found != null);
            assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("not an event");
            assertThat(new String(dead.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .contains("EventDecodingException").contains("Not Avro single-object encoded");
        }
    }

    /** How many events the projection's group holds parked for the call, as the platform stores them. */
    private long parkedEvents(String callId) {
        org.bson.Document parked = mongo.getCollection(ParkedSequences.COLLECTION)
                .find(new org.bson.Document("group", group).append("topic", TOPIC).append("aggregateId", callId))
                .first();
        return parked == null ? 0 : parked.getList("events", org.bson.Document.class).size();
    }

    private void send(String key, byte[] value) {
        kafka.send(new ProducerRecord<>(TOPIC, key.getBytes(StandardCharsets.UTF_8), value)).join();
    }

    private double duplicates() {
        return meters.find("coop.projection.duplicates").counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static CallDrafted callDrafted(String callId) {
        EventContext context = new EventContext(Instant.now(), "test-" + callId, null, "call-service");
        return CallDrafted.newBuilder().setMeta(context.meta("CallDrafted", "Call", callId, 1)).setCallId(callId)
                .setTitle("Climate adaptation").setModality(CallModality.JOINT).setParticipatingSides(List.of("EU", "JP"))
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setTopics(List.of("Adaptation"))
                .setIndicativeBudget(List.of(
                        SideAmount.newBuilder().setSide("EU").setAmount(org.coopsuite.schemas.common.Money.newBuilder().setAmount("5000000.00")
                                .setCurrency("EUR").build()).build(),
                        SideAmount.newBuilder().setSide("JP").setAmount(org.coopsuite.schemas.common.Money.newBuilder().setAmount("800000000")
                                .setCurrency("JPY").build()).build()))
                .build();
    }
}

package org.coopsuite.call.call.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.test.ParkedProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/**
 * A call mandate whose budget names a side the reference data does not know, as real Avro bytes
 * on the broker: call-service parks the dialogue's sequence with that reason and drafts no call,
 * and another dialogue's mandate after it drafts its call.
 */
@ServiceIntegrationTest
class UnknownSideIT {

    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @LocalServerPort
    int port;

    @Test
    void parksAMandateOfAnUnknownSideWithThatReasonAndDraftsTheNextDialoguesCall() {
        DecisionRecorded unknown = mandate("XX", "KRW");
        DecisionRecorded next = mandate("KR", "KRW");

        deliver(unknown);
        deliver(next);

        RestClient api = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.as(Role.VIEWER).side("KR").bearer())
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        await().until(() -> status(api, next), status -> status == 200);
        Map<String, Object> parked = ParkedProbe.at(port).await(unknown.getDialogueId(), 1).get(0);
        assertThat((String) parked.get("reason"))
                .contains("unknown side XX in DecisionRecorded.mandate.indicativeBudget[1].side");
        assertThat(status(api, unknown)).isEqualTo(404);
    }

    private static int status(RestClient api, DecisionRecorded decision) {
        return api.get().uri("/api/calls/" + decision.getMandate().getCallId()).retrieve().toBodilessEntity()
                .getStatusCode().value();
    }

    private void deliver(DecisionRecorded decision) {
        kafka.send(new ProducerRecord<>("coop.dialogue.events",
                decision.getDialogueId().getBytes(StandardCharsets.UTF_8), codec.encode(decision))).join();
    }

    /** A mandate of a joint call of the EU and another side, the other side's budget in the currency given. */
    private static DecisionRecorded mandate(String side, String currency) {
        String dialogueId = UUID.randomUUID().toString();
        EventContext context = new EventContext(Instant.now(), "unknown-side", null, "dialogue-service");
        return DecisionRecorded.newBuilder().setMeta(context.meta("DecisionRecorded", "Dialogue", dialogueId, 3))
                .setDialogueId(dialogueId).setDecisionId(UUID.randomUUID().toString())
                .setKind(DecisionKind.CALL_MANDATE).setSummary("Launch a joint call")
                .setMandate(CallMandate.newBuilder().setCallId(UUID.randomUUID().toString())
                        .setModality(CallModality.JOINT).setStrategicArea("CLIMATE_CHANGE")
                        .setTopics(List.of("Adaptation"))
                        .setIndicativeBudget(List.of(amount("EU", "5000000.00", "EUR"), amount(side, "6000000000", currency)))
                        .build())
                .build();
    }

    private static SideAmount amount(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side)
                .setAmount(Money.newBuilder().setAmount(amount).setCurrency(currency).build()).build();
    }
}

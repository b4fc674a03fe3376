package org.coopsuite.dialogue.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.CallThread;
import org.coopsuite.platform.test.ParkedProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;

/**
 * A call drafted with a side the reference data does not know, as real Avro bytes on the broker:
 * this service parks the call's sequence with that reason and keeps no view of it, and another
 * call drafted after it is in its views.
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
    void parksACallDraftedWithAnUnknownSideWithThatReasonAndGoesOnWithTheNextCall() {
        String unknown = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        CallDrafted withXx = CallThread.of(unknown).drafted();
        withXx.setParticipatingSides(List.of("EU", "XX"));

        send(withXx);
        send(CallThread.of(next).drafted());

        RestClient api = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, TestTokens.as(Role.VIEWER).side("JP").bearer())
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        await().until(() -> api.get().uri("/api/calls/" + next).retrieve().toBodilessEntity().getStatusCode().value(),
                status -> status == 200);
        Map<String, Object> parked = ParkedProbe.at(port).await(unknown, 1).get(0);
        assertThat((String) parked.get("reason")).contains("unknown side XX in CallDrafted.participatingSides[1]");
        assertThat(api.get().uri("/api/calls/" + unknown).retrieve().toBodilessEntity().getStatusCode().value())
                .isEqualTo(404);
    }

    private void send(SpecificRecord event) {
        kafka.send(new ProducerRecord<>(CallThread.TOPIC, CallThread.key(event).getBytes(StandardCharsets.UTF_8),
                codec.encode(event))).join();
    }
}

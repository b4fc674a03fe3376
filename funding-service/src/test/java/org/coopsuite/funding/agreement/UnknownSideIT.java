package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.platform.test.ParkedProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A call submitted for funding with a side the reference data does not know, as real Avro bytes on
 * the broker: both of this service's groups on the call topic park the call's sequence with that
 * reason and apply nothing of it, and another call's submission after it opens its agreement.
 */
@ServiceIntegrationTest
class UnknownSideIT {

    @Value("${spring.cloud.stream.default.group}")
    String group;
    @Value("${spring.cloud.stream.bindings.callReactions-in-0.group}")
    String reactionsGroup;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @LocalServerPort
    int port;

    @Test
    void parksACallSubmittedWithAnUnknownSideWithThatReasonAndGoesOnWithTheNextCall() {
        CallEventsFixture calls = new CallEventsFixture(kafka, codec);
        FundingApi api = new FundingApi(port);
        String unknown = UUID.randomUUID().toString();
        String next = UUID.randomUUID().toString();
        CallSubmittedForFunding withXx = CallEventsFixture.submitted(unknown);
        withXx.setParticipatingSides(List.of("EU", "JP", "XX"));

        calls.send(unknown, withXx);
        calls.send(next, CallEventsFixture.submitted(next));

        assertThat(api.awaitAgreementOf(next)).containsEntry("state", "PENDING_COMMITMENTS");
        ParkedProbe parked = ParkedProbe.at(port);
        List<Map<String, Object>> sequences = parked.await(unknown, 2);
        assertThat(sequences).extracting(s -> (String) s.get("group"))
                .containsExactlyInAnyOrder(group, reactionsGroup);
        assertThat(sequences).allSatisfy(sequence -> {
            assertThat((String) sequence.get("reason"))
                    .contains("unknown side XX in CallSubmittedForFunding.participatingSides[2]");
            assertThat(sequence).containsEntry("transient", false);
        });
        assertThat(api.getEntity("/api/agreements/" + Agreement.idFor(unknown)).getStatusCode().value()).isEqualTo(404);
        assertThat(api.getEntity("/api/calls/" + unknown).getStatusCode().value()).isEqualTo(404);
        assertThat(parked.of(next)).isEmpty();
    }
}

package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.call.MovableTime;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The results of a call with 5,000 ranked proposals are one event of over 1 MB, the Kafka
 * defaults' limit: the service's producer (the one the outbox relay publishes with) gets it onto
 * a broker with default limits.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class LargeResultsIT {

    @Autowired
    KafkaTemplate<byte[], byte[]> relayProducer;
    @Autowired
    EventCodec codec;

    @Test
    void publishesTheResultsOfACallWithFiveThousandProposals() {
        String callId = UUID.randomUUID().toString();
        byte[] encoded = codec.encode(results(callId, 5_000));
        assertThat(encoded.length).isGreaterThan(1024 * 1024);

        relayProducer.send(new ProducerRecord<>("coop.call.events", callId.getBytes(StandardCharsets.UTF_8), encoded))
                .join();

        try (EventProbe events = EventProbe.fromBeginning("coop.call.events")) {
            CallResultsPublished published = events.await(CallResultsPublished.class, e -> e.getCallId().equals(callId));
            assertThat(published.getSelected().size() + published.getReserve().size()).isEqualTo(5_000);
        }
    }

    private static CallResultsPublished results(String callId, int count) {
        List<RankedProposal> ranked = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<Partner> consortium = List.of(ProposalFixtures.coordinator("EU", "250000.00"),
                    ProposalFixtures.partner("JP", "30000000"), ProposalFixtures.partner("EU", "120000.00"));
            ranked.add(RankedProposal.newBuilder().setProposalId(UUID.randomUUID().toString()).setAcronym("P" + i)
                    .setRank(i + 1).setTotal("12.5").setConsortium(ProposalEvents.consortium(consortium))
                    .setRequestedPerSide(Money.toEvent(Eligibility.requestedPerSide(consortium)))
                    .setOpenAccessStatement("Data in an open repository under CC-BY within six months.").build());
        }
        return CallResultsPublished.newBuilder()
                .setMeta(new EventContext(Instant.now(), "large", null, "call-service").meta("CallResultsPublished", "Call",
                        callId, 9))
                .setCallId(callId).setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setSelected(ranked.subList(0, count / 2))
                .setReserve(ranked.subList(count / 2, count)).setRejected(List.of()).setSelectedPerSide(List.of()).build();
    }
}

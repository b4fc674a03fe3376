package org.coopsuite.funding.agreement;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallTimeline;
import org.coopsuite.schemas.call.Partner;
import org.coopsuite.schemas.call.PartnerRole;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The call-service events funding-service reacts to, as real Avro bytes on {@code coop.call.events}
 * (key: the call id), for integration tests: call-service is built in parallel.
 */
public final class CallEventsFixture {

    static final String TOPIC = "coop.call.events";

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final EventCodec codec;

    CallEventsFixture(KafkaTemplate<byte[], byte[]> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    void send(String callId, SpecificRecord event) {
        send(callId, codec.encode(event));
    }

    void send(String callId, byte[] bytes) {
        kafka.send(new ProducerRecord<>(TOPIC, callId.getBytes(StandardCharsets.UTF_8), bytes)).join();
    }

    byte[] encode(SpecificRecord event) {
        return codec.encode(event);
    }

    /** EU 1,000,000.00 EUR and JP 100,000,000 JPY, climate change, 40 % climate-relevant. */
    static CallSubmittedForFunding submitted(String callId) {
        return CallSubmittedForFunding.newBuilder().setMeta(context(callId).meta("CallSubmittedForFunding", "Call", callId, 2))
                .setCallId(callId).setTitle("Climate adaptation in cities").setModality(CallModality.JOINT)
                .setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setIndicativeBudget(List.of(side("EU", "1000000.00", "EUR"), side("JP", "100000000", "JPY")))
                .setTimeline(CallTimeline.newBuilder().setOpening(LocalDate.of(2027, 1, 15))
                        .setDeadline(LocalDate.of(2027, 4, 15)).setEvaluationEnd(LocalDate.of(2027, 6, 30)).build())
                .setClimateCoefficient(40).build();
    }

    static CallResultsPublished results(String callId, List<RankedProposal> selected, List<RankedProposal> reserve) {
        return CallResultsPublished.newBuilder().setMeta(context(callId).meta("CallResultsPublished", "Call", callId, 9))
                .setCallId(callId).setParticipatingSides(List.of("EU", "JP")).setStrategicAreas(List.of("CLIMATE_CHANGE"))
                .setClimateCoefficient(40).setSelected(selected).setReserve(reserve).setRejected(List.of())
                .setSelectedPerSide(List.of()).build();
    }

    static CallCancelled cancelled(String callId, long version) {
        return CallCancelled.newBuilder().setMeta(context(callId).meta("CallCancelled", "Call", callId, version))
                .setCallId(callId).setReason("The sides withdrew the topic.").setPreviousState("AWAITING_FUNDING").build();
    }

    /** A ranked proposal; partners as "SIDE:organisation:amount", or "SIDE:organisation:self" for a self-funded one. */
    static RankedProposal ranked(String id, int rank, String... partners) {
        List<Partner> consortium = new ArrayList<>();
        for (String spec : partners) {
            String[] p = spec.split(":");
            boolean self = p[2].equals("self");
            consortium.add(Partner.newBuilder().setOrganisation(p[1]).setSide(p[0])
                    .setRole(consortium.isEmpty() ? PartnerRole.COORDINATOR : PartnerRole.PARTNER).setSelfFunded(self)
                    .setRequested(self ? null : money(p[2], p[0].equals("EU") ? "EUR" : "JPY")).build());
        }
        return RankedProposal.newBuilder().setProposalId(id).setAcronym(id.toUpperCase()).setRank(rank).setTotal("13.5")
                .setConsortium(consortium).setRequestedPerSide(List.of()).build();
    }

    private static EventContext context(String callId) {
        return new EventContext(Instant.now(), "corr-" + callId, null, "call-service");
    }

    private static SideAmount side(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side).setAmount(money(amount, currency)).build();
    }

    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(amount).setCurrency(currency).build();
    }
}

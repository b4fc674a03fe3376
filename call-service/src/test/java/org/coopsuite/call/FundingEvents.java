package org.coopsuite.call;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes funding-service's events as it would: real Avro bytes on the real topic, keyed by agreement. */
public final class FundingEvents {

    public static final String TOPIC = "coop.funding.events";

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final EventCodec codec;

    public FundingEvents(KafkaTemplate<byte[], byte[]> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    public static CoFundingSecured secured(String agreementId, String callId, long version, Map<String, String[]> perSide) {
        return CoFundingSecured.newBuilder().setMeta(meta("CoFundingSecured", agreementId, version))
                .setAgreementId(agreementId).setCallId(callId).setMechanism(FundingMechanism.VIRTUAL_COMMON_POT)
                .setSecured(perSide.entrySet().stream().sorted(Map.Entry.comparingByKey())
                        .map(e -> sideAmount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList())
                .build();
    }

    public static FundingToppedUp toppedUp(String agreementId, String callId, long version, String side, String added,
            String sideCommitted, String currency) {
        return FundingToppedUp.newBuilder().setMeta(meta("FundingToppedUp", agreementId, version))
                .setAgreementId(agreementId).setCallId(callId).setCommitmentId(agreementId + "-" + side)
                .setSide(side).setAgency(agencyOf(side)).setAdded(money(added, currency)).setToppedUpOn(java.time.LocalDate.now())
                .setSideCommitted(money(sideCommitted, currency)).build();
    }

    public static GrantAllocated granted(String agreementId, String callId, long version, String proposalId, String side,
            String amount, String currency, boolean fromReserve) {
        return GrantAllocated.newBuilder().setMeta(meta("GrantAllocated", agreementId, version))
                .setAgreementId(agreementId).setCallId(callId).setProposalId(proposalId).setSide(side)
                .setAmount(money(amount, currency)).setPartners(List.of()).setFromReserve(fromReserve)
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).setClimateCoefficient(100).build();
    }

    public static FundingShortfallDetected shortfall(String agreementId, String callId, long version, String proposalId,
            String side, String missing, String currency) {
        return FundingShortfallDetected.newBuilder().setMeta(meta("FundingShortfallDetected", agreementId, version))
                .setAgreementId(agreementId).setCallId(callId).setShortfallId(agreementId + ":" + proposalId + ":" + side)
                .setProposalId(proposalId).setSide(side).setMissing(money(missing, currency))
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).build();
    }

    public static FundingShortfallResolved resolved(String agreementId, String callId, long version, String proposalId,
            String side) {
        return FundingShortfallResolved.newBuilder().setMeta(meta("FundingShortfallResolved", agreementId, version))
                .setAgreementId(agreementId).setCallId(callId).setShortfallId(agreementId + ":" + proposalId + ":" + side)
                .setProposalId(proposalId).setSide(side).build();
    }

    public void publish(SpecificRecord event) {
        EventMeta meta = EventCodec.meta(event);
        kafka.send(new ProducerRecord<>(TOPIC, meta.getAggregateId().getBytes(StandardCharsets.UTF_8),
                codec.encode(event))).join();
    }

    /** A funding agency of the side in the platform's reference data: a consumer parks an event of any other. */
    public static String agencyOf(String side) {
        return switch (side) {
            case "EU" -> "REA";
            case "JP" -> "JST";
            case "KR" -> "NRF";
            default -> throw new IllegalArgumentException("no agency of side " + side + " in the reference data");
        };
    }

    private static EventMeta meta(String type, String agreementId, long version) {
        return new EventContext(Instant.now(), "corr-" + agreementId, null, "funding-service")
                .meta(type, "Agreement", agreementId, version);
    }

    private static SideAmount sideAmount(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side).setAmount(money(amount, currency)).build();
    }

    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(amount).setCurrency(currency).build();
    }

    /** Shorthand for {@link #secured}: {@code budget("EU", "100", "EUR", "JP", "200", "JPY")}. */
    public static Map<String, String[]> budget(String... values) {
        var map = new java.util.LinkedHashMap<String, String[]>();
        for (int i = 0; i < values.length; i += 3) {
            map.put(values[i], new String[] {values[i + 1], values[i + 2]});
        }
        return map;
    }

    static List<String> sides(CoFundingSecured secured) {
        return secured.getSecured().stream().map(SideAmount::getSide).toList();
    }
}

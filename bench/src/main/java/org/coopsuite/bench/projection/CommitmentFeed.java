package org.coopsuite.bench.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.funding.FundingCommitted;

/**
 * Writes the events every path of a run consumes: {@code FundingCommitted} events of about 300
 * bytes, spread round-robin over the aggregates so that each aggregate's versions run 1, 2, 3...
 * Each commitment is 1000.00 EUR, so a correct projection of an aggregate holds 1000.00 times
 * its event count.
 */
public final class CommitmentFeed {

    static final String AMOUNT = "1000.00";

    private CommitmentFeed() {
    }

    /** Produces {@code events} events over {@code aggregates} aggregates; returns the bytes written. */
    public static long produce(String bootstrapServers, int events, int aggregates) {
        EventCodec codec = EventCodec.forAllEvents();
        long bytes = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < events; i++) {
                String aggregateId = aggregateId(i % aggregates);
                byte[] value = codec.encode(event(aggregateId, i / aggregates + 1));
                bytes += value.length;
                producer.send(new ProducerRecord<>(BenchStack.TOPIC, aggregateId, value));
            }
            producer.flush();
        }
        return bytes;
    }

    static String aggregateId(int n) {
        return String.format("agr-%06d", n);
    }

    /** One commitment of 1000.00 EUR to this aggregate at this version. */
    public static FundingCommitted event(String aggregateId, long version) {
        return FundingCommitted.newBuilder()
                .setMeta(EventMeta.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType("FundingCommitted")
                        .setAggregateType("Agreement").setAggregateId(aggregateId).setAggregateVersion(version)
                        .setOccurredAt(Instant.now()).setCorrelationId(UUID.randomUUID().toString())
                        .setCausationId(null).setProducer("bench").build())
                .setAgreementId(aggregateId).setCallId("call-" + aggregateId).setCommitmentId("cmt-" + version)
                .setSide("EU").setAgency("REA").setAmount(money(AMOUNT)).setCommittedOn(LocalDate.of(2027, 1, 10))
                .setRateToAgreementCurrency(null).setSideCommitted(money(AMOUNT)).build();
    }

    private static Money money(String amount) {
        return Money.newBuilder().setAmount(amount).setCurrency("EUR").build();
    }
}

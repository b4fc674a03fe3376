package org.coopsuite.tools.tail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.coopsuite.tools.EventFixtures;
import org.junit.jupiter.api.Test;

class TailLineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EventDecoder decoder = EventDecoder.ofPublishedSchemas();
    private final TailLine line = new TailLine(decoder.model());

    @Test
    void printsWhereTheRecordIsItsHeadersAndTheEventAsJson() throws Exception {
        ConsumerRecord<byte[], byte[]> record = record("dlg-1", EventFixtures.mandateDecided("dlg-1", "corr-1", 7));

        JsonNode json = JSON.readTree(line.of(record, decoder.decode(record.value())));

        assertThat(json.get("topic").asText()).isEqualTo("coop.dialogue.events");
        assertThat(json.get("partition").asInt()).isEqualTo(3);
        assertThat(json.get("offset").asLong()).isEqualTo(42);
        assertThat(json.get("timestamp").asText()).isEqualTo("2026-11-25T09:30:01Z");
        assertThat(json.get("key").asText()).isEqualTo("dlg-1");
        assertThat(json.get("headers").get("coop-correlation-id").asText()).isEqualTo("corr-1");
        assertThat(json.get("type").asText()).isEqualTo("DecisionRecorded");
        assertThat(json.get("schema").asText()).isEqualTo("org.coopsuite.schemas.dialogue.DecisionRecorded v3");
    }

    @Test
    void printsTimestampsAndDatesAsIsoTextAndEscapesStrings() throws Exception {
        ConsumerRecord<byte[], byte[]> record = record("dlg-1", EventFixtures.mandateDecided("dlg-1", "corr-1", 7));

        JsonNode event = JSON.readTree(line.of(record, decoder.decode(record.value()))).get("event");

        assertThat(event.at("/meta/occurredAt").asText()).isEqualTo("2026-11-25T09:30:00Z");
        assertThat(event.at("/meta/aggregateVersion").asLong()).isEqualTo(7);
        assertThat(event.at("/mandate/targetOpeningDate").asText()).isEqualTo("2027-03-01");
        assertThat(event.at("/mandate/indicativeBudget/1/amount/currency").asText()).isEqualTo("JPY");
        assertThat(event.get("kind").asText()).isEqualTo("CALL_MANDATE");
        assertThat(event.get("summary").asText()).contains("\"smart\"");
    }

    @Test
    void printsAnUndecodableRecordWithTheReasonAndItsBytesInBase64() throws Exception {
        byte[] garbage = {1, 2, 3, (byte) 0xFF};

        JsonNode json = JSON.readTree(line.undecodable(record("dlg-1", garbage), "not Avro"));

        assertThat(json.get("undecodable").asText()).isEqualTo("not Avro");
        assertThat(Base64.getDecoder().decode(json.get("payload").asText())).isEqualTo(garbage);
        assertThat(json.has("event")).isFalse();
    }

    @Test
    void printsBinaryHeadersAsHexAndRepeatedHeadersAsArrays() throws Exception {
        ConsumerRecord<byte[], byte[]> record = record("dlg-1", new byte[0]);
        record.headers().add("kafka_dlt-original-offset", ByteBuffer.allocate(8).putLong(42).array());
        record.headers().add("coop-correlation-id", "corr-2".getBytes(StandardCharsets.UTF_8));

        JsonNode headers = JSON.readTree(line.undecodable(record, "empty")).get("headers");

        assertThat(headers.get("kafka_dlt-original-offset").asText()).isEqualTo("0x000000000000002a");
        assertThat(headers.get("coop-correlation-id")).extracting(JsonNode::asText).containsExactly("corr-1", "corr-2");
    }

    static ConsumerRecord<byte[], byte[]> record(String key, byte[] value) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(new RecordHeader("coop-correlation-id", "corr-1".getBytes(StandardCharsets.UTF_8)));
        return new ConsumerRecord<>("coop.dialogue.events", 3, 42, 1_795_599_001_000L, TimestampType.CREATE_TIME,
                0, 0, key == null ? null : key.getBytes(StandardCharsets.UTF_8), value, headers, Optional.empty());
    }
}

package org.coopsuite.tools.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

import org.apache.avro.generic.GenericRecord;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.tools.EventFixtures;
import org.junit.jupiter.api.Test;

class EventDecoderTest {

    private final EventDecoder decoder = EventDecoder.ofPublishedSchemas();

    @Test
    void decodesAnEventWithItsTypeWriterSchemaAndEnvelope() {
        DecodedEvent decoded = decoder.decode(EventFixtures.mandateDecided("dlg-1", "corr-1", 7));

        assertThat(decoded.type()).isEqualTo("DecisionRecorded");
        assertThat(decoded.schema()).isEqualTo("org.coopsuite.schemas.dialogue.DecisionRecorded v3");
        assertThat(decoded.aggregateId()).contains("dlg-1");
        assertThat(decoded.correlationId()).contains("corr-1");
        GenericRecord mandate = (GenericRecord) decoded.event().get("mandate");
        assertThat(mandate.get("targetOpeningDate")).isEqualTo(EventFixtures.OPENING);
        assertThat(((GenericRecord) decoded.event().get("meta")).get("occurredAt")).isEqualTo(EventFixtures.OCCURRED_AT);
    }

    @Test
    void decodesGenericallyWithoutTheTrustedPackagesThatSpecificDecodingNeeds() {
        byte[] payload = EventFixtures.mandateDecided("dlg-1", "corr-1", 7);

        assertThat(System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES")).isNull();
        assertThat(decoder.decode(payload).type()).isEqualTo("DecisionRecorded");
        assertThatThrownBy(() -> DecisionRecorded.getDecoder().decode(payload)).isInstanceOf(SecurityException.class);
    }

    @Test
    void callsAnUnknownFingerprintUndecodable() {
        byte[] payload = EventFixtures.mandateDecided("dlg-1", "corr-1", 7);
        ByteBuffer.wrap(payload, 2, 8).order(ByteOrder.LITTLE_ENDIAN).putLong(2, 0x1122334455667788L);

        assertThatThrownBy(() -> decoder.decode(payload)).isInstanceOf(UndecodableEventException.class)
                .hasMessage("unknown writer schema fingerprint 1122334455667788");
    }

    @Test
    void callsBytesWithoutTheSingleObjectMarkerUndecodable() {
        assertThatThrownBy(() -> decoder.decode("{\"not\": \"avro\"}".getBytes()))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("not Avro single-object encoding");
    }

    @Test
    void callsAGarbledBodyUndecodableNamingTheWriterSchema() {
        byte[] payload = EventFixtures.mandateDecided("dlg-1", "corr-1", 7);
        byte[] truncated = Arrays.copyOf(payload, 14);

        assertThatThrownBy(() -> decoder.decode(truncated)).isInstanceOf(UndecodableEventException.class)
                .hasMessageStartingWith("cannot read the body as org.coopsuite.schemas.dialogue.DecisionRecorded v3: ");
    }

    @Test
    void callsABodyWithBytesLeftOverUndecodable() {
        byte[] payload = EventFixtures.dialogueOpened("dlg-1", "corr-1", 1);
        byte[] padded = Arrays.copyOf(payload, payload.length + 3);

        assertThatThrownBy(() -> decoder.decode(padded)).isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("bytes left after the body");
    }

    @Test
    void callsATombstoneUndecodable() {
        assertThatThrownBy(() -> decoder.decode(null)).isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("tombstone");
    }
}

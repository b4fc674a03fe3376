package org.coopsuite.schemas.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.PublishedSchemas;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueOpened;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventCodecTest {

    private static final EventCodec CODEC = EventCodec.forAllEvents();

    static List<SpecificRecord> everyEventType() {
        return CodecFixtures.oneOfEachType();
    }

    @Test
    void fixturesCoverEveryEventTypeOfEveryTopic() {
        List<Class<?>> published = Arrays.stream(EventTopic.values()).flatMap(t -> t.eventTypes().stream())
                .<Class<?>>map(type -> type).toList();

        assertThat(everyEventType().stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrderElementsOf(published);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void decodesWhatItEncodedIntoAnEqualEventOfTheSameClass(SpecificRecord event) {
        byte[] bytes = CODEC.encode(event);

        SpecificRecord decoded = CODEC.decode(bytes);

        assertThat(decoded).isInstanceOf(event.getClass()).isEqualTo(event);
    }

    @ParameterizedTest
    @MethodSource("everyEventType")
    void decodesAnEventWrittenWithItsPublishedV1Schema(SpecificRecord event) throws Exception {
        Schema v1 = PublishedSchemas.load().versionsOf(event.getSchema().getFullName()).get(0);
        ByteBuffer writtenWithV1 = new BinaryMessageEncoder<SpecificRecord>(SpecificData.getForClass(event.getClass()), v1)
                .encode(event);

        assertThat(CODEC.decode(bytesOf(writtenWithV1))).isEqualTo(event);
    }

    @Test
    void decodesAFieldAddedInALaterVersion() {
        DecisionRecorded synergy = CodecFixtures.synergyIdentified();

        assertThat(CODEC.decode(CODEC.encode(synergy))).isEqualTo(synergy);
    }

    @Test
    void rejectsBytesWithoutTheSingleObjectMarker() {
        byte[] json = "{\"dialogueId\":\"dlg-1\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CODEC.decode(json)).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("no C3 01 marker");
    }

    @Test
    void rejectsAnEventWrittenWithASchemaThatWasNeverPublished() throws Exception {
        Schema unpublished = withoutLastField(withoutLastField(DecisionRecorded.getClassSchema()));
        DecisionRecorded note = DecisionRecorded.newBuilder(CodecFixtures.callMandateDecided()).setMandate(null).build();
        ByteBuffer written = new BinaryMessageEncoder<DecisionRecorded>(SpecificData.getForClass(DecisionRecorded.class),
                unpublished).encode(note);

        assertThatThrownBy(() -> CODEC.decode(bytesOf(written))).isInstanceOf(EventDecodingException.class)
                .hasMessageContaining("Unknown schema fingerprint").hasMessageContaining("never published");
    }

    @Test
    void rejectsAKnownFingerprintFollowedByACorruptBody() {
        byte[] valid = CODEC.encode(CodecFixtures.dialogueScheduled());
        byte[] truncated = Arrays.copyOf(valid, 14);

        assertThatThrownBy(() -> CODEC.decode(truncated)).isInstanceOf(EventDecodingException.class)
                .hasMessageStartingWith("Corrupt event body").hasCauseInstanceOf(Exception.class);
    }

    @Test
    void readsTheMetaOfAnyEvent() {
        DialogueOpened opened = CodecFixtures.dialogueOpened();

        assertThat(EventCodec.meta(opened)).isSameAs(opened.getMeta());
        assertThat(EventCodec.meta(CodecFixtures.callDrafted()).getAggregateType()).isEqualTo("Call");
    }

    /** DecisionRecorded as it would have been before its optional last field (mandate) was added. */
    private static Schema withoutLastField(Schema schema) {
        List<Schema.Field> fields = schema.getFields().subList(0, schema.getFields().size() - 1).stream()
                .map(f -> new Schema.Field(f, f.schema())).toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}

package org.coopsuite.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.util.ClassSecurityValidator;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemaslookalike.Lookalike;
import org.junit.jupiter.api.Test;

/** Avro single-object encoding of the generated classes, as the platform's codec will use it. */
class EventEncodingTest {

    private static final String DECISION_RECORDED = DecisionRecorded.class.getName();

    @Test
    void trustsTheEventPackagesAndTheirSubpackagesButNoLookalikePackage() {
        ClassSecurityValidator.ClassSecurityPredicate trusted = ClassSecurityValidator.getGlobal();

        assertThat(System.getProperty("org.apache.avro.SERIALIZABLE_PACKAGES")).isEqualTo("org.coopsuite.schemas");
        assertThat(List.of(DecisionRecorded.class, CallMandate.class, Money.class)).allMatch(trusted::isTrusted);
        assertThat(trusted.isTrusted(Lookalike.class)).isFalse();
    }

    @Test
    void decisionWithMandateSurvivesSingleObjectEncoding() throws Exception {
        DecisionRecorded decision = EventFixtures.callMandateDecided();

        ByteBuffer encoded = DecisionRecorded.getEncoder().encode(decision);

        assertThat(fingerprintOf(encoded)).isEqualTo(SchemaNormalization.parsingFingerprint64(DecisionRecorded.getClassSchema()));
        DecisionRecorded decoded = DecisionRecorded.getDecoder().decode(encoded);
        assertThat(decoded).isEqualTo(decision);
        assertThat(decoded.getMandate().getIndicativeBudget()).extracting(b -> b.getAmount().getAmount())
                .containsExactly("15000000.00", "2000000000");
    }

    @Test
    void decodesAnEventWrittenWithPublishedV1() throws Exception {
        Schema v1 = PublishedSchemas.load().versionsOf(DECISION_RECORDED).get(0);
        DecisionRecorded decision = EventFixtures.callMandateDecided();
        ByteBuffer writtenWithV1 = new BinaryMessageEncoder<DecisionRecorded>(model(), v1).encode(decision);

        assertThat(decoderOfEveryPublishedVersion().decode(writtenWithV1)).isEqualTo(decision);
    }

    @Test
    void decodesAnEventWrittenWithAnOlderSchemaOnlyOnceThatSchemaIsAdded() throws Exception {
        // without its last two fields (synergy, mandate), DecisionRecorded matches no published version
        Schema older = withoutLastField(withoutLastField(DecisionRecorded.getClassSchema()));
        ByteBuffer writtenWithOlder = new BinaryMessageEncoder<DecisionRecorded>(model(), older).encode(EventFixtures.noteTaken());
        BinaryMessageDecoder<DecisionRecorded> decoder = decoderOfEveryPublishedVersion();

        assertThatThrownBy(() -> decoder.decode(writtenWithOlder.duplicate())).isInstanceOf(MissingSchemaException.class);
        decoder.addSchema(older);
        assertThat(decoder.decode(writtenWithOlder)).isEqualTo(EventFixtures.noteTaken());
    }

    private static BinaryMessageDecoder<DecisionRecorded> decoderOfEveryPublishedVersion() {
        // createDecoder uses the class's own model, which carries the date and timestamp conversions.
        BinaryMessageDecoder<DecisionRecorded> decoder = DecisionRecorded.createDecoder(null);
        PublishedSchemas.load().versionsOf(DECISION_RECORDED).forEach(decoder::addSchema);
        return decoder;
    }

    private static SpecificData model() {
        return SpecificData.getForClass(DecisionRecorded.class);
    }

    /** DecisionRecorded as it would have been before its optional last field (mandate) was added. */
    private static Schema withoutLastField(Schema schema) {
        List<Schema.Field> fields = schema.getFields().subList(0, schema.getFields().size() - 1).stream()
                .map(f -> new Schema.Field(f, f.schema())).toList();
        return Schema.createRecord(schema.getName(), schema.getDoc(), schema.getNamespace(), false, fields);
    }

    /** Single-object encoding: marker C3 01, then the writer schema's 64-bit fingerprint, little-endian. */
    private static long fingerprintOf(ByteBuffer encoded) {
        ByteBuffer header = encoded.duplicate().order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new byte[] {header.get(), header.get()}).containsExactly(0xC3, 0x01);
        return header.getLong();
    }
}

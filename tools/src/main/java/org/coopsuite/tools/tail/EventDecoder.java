package org.coopsuite.tools.tail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.coopsuite.schemas.PublishedSchemas;

/**
 * Decodes Avro single-object encoded events (marker {@code C3 01}, the writer schema's 8-byte
 * little-endian CRC-64-AVRO fingerprint, the body) into generic records, against every
 * published version of every schema. Generic, not the generated classes: it shows any event
 * ever written, and needs neither the classes nor Avro's trusted-packages property.
 */
public final class EventDecoder {

    private static final int HEADER_LENGTH = 10;
    private static final byte MARKER_0 = (byte) 0xC3;
    private static final byte MARKER_1 = (byte) 0x01;

    private final Map<Long, WriterSchema> schemasByFingerprint;
    private final GenericData model = readableModel();

    private EventDecoder(Map<Long, WriterSchema> schemasByFingerprint) {
        this.schemasByFingerprint = Map.copyOf(schemasByFingerprint);
    }

    /** A decoder for every published version of every record schema in the schemas jar. */
    public static EventDecoder ofPublishedSchemas() {
        Map<Long, WriterSchema> schemas = new HashMap<>();
        PublishedSchemas.load().all().forEach((name, versions) -> register(versions, schemas));
        return new EventDecoder(schemas);
    }

    private static void register(List<Schema> versions, Map<Long, WriterSchema> schemas) {
        for (int i = 0; i < versions.size(); i++) {
            Schema schema = versions.get(i);
            if (schema.getType() == Schema.Type.RECORD) {
                schemas.put(SchemaNormalization.parsingFingerprint64(schema), new WriterSchema(schema, i + 1));
            }
        }
    }

    /** The model that reads and renders logical types readably: dates, times and timestamps as ISO-8601. */
    public GenericData model() {
        return model;
    }

    /**
     * Decodes one record value.
     *
     * @throws UndecodableEventException saying why, for anything but a whole event of a known schema
     */
    public DecodedEvent decode(byte[] payload) {
        WriterSchema writer = writerOf(payload);
        BinaryDecoder body = DecoderFactory.get().binaryDecoder(payload, HEADER_LENGTH, payload.length - HEADER_LENGTH, null);
        try {
            GenericRecord event = new GenericDatumReader<GenericRecord>(writer.schema(), writer.schema(), model).read(null, body);
            // Bytes left over mean the body was not written with this schema, whatever the fingerprint says.
            if (!body.isEnd()) {
                throw new IOException("bytes left after the body");
            }
            return new DecodedEvent(event, writer.schema().getName(), writer.label());
        } catch (IOException | RuntimeException e) {
            throw new UndecodableEventException("cannot read the body as " + writer.label() + ": " + e);
        }
    }

    private WriterSchema writerOf(byte[] payload) {
        if (payload == null) {
            throw new UndecodableEventException("no value (a tombstone)");
        }
        if (payload.length < HEADER_LENGTH || payload[0] != MARKER_0 || payload[1] != MARKER_1) {
            throw new UndecodableEventException("not Avro single-object encoding (no C3 01 marker and fingerprint)");
        }
        long fingerprint = ByteBuffer.wrap(payload, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        WriterSchema writer = schemasByFingerprint.get(fingerprint);
        if (writer == null) {
            throw new UndecodableEventException(String.format("unknown writer schema fingerprint %016x", fingerprint));
        }
        return writer;
    }

    private static GenericData readableModel() {
        GenericData model = new GenericData();
        model.addLogicalTypeConversion(new TimeConversions.DateConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimeMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMillisConversion());
        model.addLogicalTypeConversion(new TimeConversions.LocalTimestampMicrosConversion());
        model.addLogicalTypeConversion(new Conversions.DecimalConversion());
        model.addLogicalTypeConversion(new Conversions.UUIDConversion());
        return model;
    }

    /** A published schema and its version number. */
    private record WriterSchema(Schema schema, int version) {

        String label() {
            return schema.getFullName() + " v" + version;
        }
    }
}

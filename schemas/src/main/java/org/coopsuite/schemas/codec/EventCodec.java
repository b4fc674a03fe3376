package org.coopsuite.schemas.codec;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.PublishedSchemas;
import org.coopsuite.schemas.common.EventMeta;

/**
 * Avro single-object encoding of the suite's events: a 2-byte marker, the 8-byte fingerprint
 * of the writer's schema, then the body. Decoding finds the writer's schema by its
 * fingerprint among every published version of every event, and reads it into the current
 * generated class, so an event written long ago still decodes.
 */
public final class EventCodec {

    private static final int HEADER_LENGTH = 10;

    static {
        AvroTrust.ensureTrusted();
    }

    private final Map<Long, BinaryMessageDecoder<? extends SpecificRecord>> decodersByFingerprint;
    private final Map<Class<?>, BinaryMessageEncoder<SpecificRecord>> encoders = new ConcurrentHashMap<>();

    private EventCodec(Map<Long, BinaryMessageDecoder<? extends SpecificRecord>> decodersByFingerprint) {
        this.decodersByFingerprint = Map.copyOf(decodersByFingerprint);
    }

    /** A codec that knows every published version of every event on every topic. */
    public static EventCodec forAllEvents() {
        PublishedSchemas published = PublishedSchemas.load();
        Map<Long, BinaryMessageDecoder<? extends SpecificRecord>> decoders = new HashMap<>();
        for (EventTopic topic : EventTopic.values()) {
            for (Class<? extends SpecificRecord> type : topic.eventTypes()) {
                register(type, published.versionsOf(type.getName()), decoders);
            }
        }
        return new EventCodec(decoders);
    }

    private static <T extends SpecificRecord> void register(Class<T> type, List<Schema> versions,
            Map<Long, BinaryMessageDecoder<? extends SpecificRecord>> decoders) {
        SpecificData model = SpecificData.getForClass(type);
        Schema current = model.getSchema(type);
        BinaryMessageDecoder<T> decoder = new BinaryMessageDecoder<>(model, current);
        decoders.put(SchemaNormalization.parsingFingerprint64(current), decoder);
        for (Schema version : versions) {
            decoder.addSchema(version);
            decoders.put(SchemaNormalization.parsingFingerprint64(version), decoder);
        }
    }

    /** The single-object encoding of an event, with its class's current schema. */
    public byte[] encode(SpecificRecord event) {
        BinaryMessageEncoder<SpecificRecord> encoder = encoders.computeIfAbsent(event.getClass(),
                type -> new BinaryMessageEncoder<>(SpecificData.getForClass(type), event.getSchema()));
        try {
            ByteBuffer buffer = encoder.encode(event);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot encode " + event.getSchema().getFullName(), e);
        }
    }

    /**
     * Decodes bytes written by {@link #encode} with any published version of any event.
     *
     * @throws EventDecodingException when the bytes are not such an event, saying why
     */
    public SpecificRecord decode(byte[] bytes) {
        if (bytes == null || bytes.length < 2 || bytes[0] != (byte) 0xC3 || bytes[1] != 0x01) {
            throw new EventDecodingException("Not Avro single-object encoded (no C3 01 marker)");
        }
        if (bytes.length < HEADER_LENGTH) {
            throw new EventDecodingException("Truncated: " + bytes.length + " bytes, shorter than the header");
        }
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        BinaryMessageDecoder<? extends SpecificRecord> decoder = decodersByFingerprint.get(fingerprint);
        if (decoder == null) {
            throw new EventDecodingException("Unknown schema fingerprint " + Long.toHexString(fingerprint)
                    + ": written with a schema that was never published");
        }
        try {
            return decoder.decode(bytes);
        } catch (IOException | RuntimeException e) {
            throw new EventDecodingException("Corrupt event body: " + e.getMessage(), e);
        }
    }

    /** The meta of an event: by the suite's convention every event's first field. */
    public static EventMeta meta(SpecificRecord event) {
        return (EventMeta) event.get(event.getSchema().getField("meta").pos());
    }
}

package org.coopsuite.tools.tail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Record keys and header values as text. */
public final class Text {

    /** The header the outbox relay writes the correlation id to (platform's EventPublisher). */
    public static final String CORRELATION_HEADER = "coop-correlation-id";

    /** The header the outbox relay writes the event id to (platform's EventPublisher). */
    public static final String EVENT_ID_HEADER = "coop-event-id";

    private Text() {
    }

    public static Optional<String> key(ConsumerRecord<byte[], byte[]> record) {
        return Optional.ofNullable(record.key()).map(Text::of);
    }

    public static Optional<String> lastHeader(ConsumerRecord<byte[], byte[]> record, String name) {
        return Optional.ofNullable(record.headers().lastHeader(name)).map(Header::value).map(Text::of);
    }

    /**
     * UTF-8 text, or {@code 0x} and hex when the bytes are not text: Spring Kafka's dead-letter
     * headers carry the original partition and offset as binary numbers, which would print as
     * control characters.
     */
    public static String of(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            if (text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                return text;
            }
        } catch (CharacterCodingException e) {
            // not UTF-8: shown as hex below
        }
        return "0x" + HexFormat.of().formatHex(bytes);
    }
}

package org.coopsuite.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream function behind every event binding: it takes a polled batch as
 * raw bytes, decodes each record with the {@link EventCodec}, and hands the decoded events to
 * the service's handler. Decoding here rather than in a message converter is what lets one
 * undecodable record be named by its index and dead-lettered alone, at once, while the
 * records before it are processed and the ones after it redelivered.
 */
public final class EventBatchConsumer implements Consumer<Message<List<byte[]>>> {

    /** The headers of each event of the batch being handled on this thread, for {@link #headersOf}. */
    private static final ThreadLocal<Map<SpecificRecord, Map<String, String>>> HEADERS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final EventCodec codec;
    private final Consumer<List<SpecificRecord>> handler;

    /**
     * @param handler processes decoded events in order; throws {@link EventFailedException}
     *        to name the one that failed (any other exception fails the batch from its start)
     */
    public EventBatchConsumer(EventCodec codec, Consumer<List<SpecificRecord>> handler) {
        this.codec = codec;
        this.handler = handler;
    }

    /**
     * The Kafka headers (as text) an event being handled arrived with, e.g. its trace context;
     * empty outside a handler call.
     */
    public static Map<String, String> headersOf(SpecificRecord event) {
        return HEADERS.get().getOrDefault(event, Map.of());
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        List<?> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        List<SpecificRecord> events = new ArrayList<>(payloads.size());
        try {
            for (int i = 0; i < payloads.size(); i++) {
                try {
                    SpecificRecord event = codec.decode(payloads.get(i));
                    events.add(event);
                    HEADERS.get().put(event, text(headers, i));
                } catch (EventDecodingException undecodable) {
                    handle(events);
                    throw new BatchListenerFailedException(undecodable.getMessage(), undecodable, events.size());
                }
            }
            handle(events);
        } finally {
            HEADERS.remove();
        }
    }

    private static Map<String, String> text(List<?> headers, int index) {
        Map<String, String> text = new HashMap<>();
        if (headers != null && index < headers.size() && headers.get(index) instanceof Map<?, ?> recordHeaders) {
            recordHeaders.forEach((name, value) -> {
                if (value instanceof byte[] bytes) {
                    text.put(String.valueOf(name), new String(bytes, StandardCharsets.UTF_8));
                } else if (value instanceof String string) {
                    text.put(String.valueOf(name), string);
                }
            });
        }
        return text;
    }

    private void handle(List<SpecificRecord> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            handler.accept(events);
        } catch (EventFailedException failed) {
            throw new BatchListenerFailedException(failed.getMessage(), failed.getCause(), failed.index());
        } catch (RuntimeException failed) {
            throw new BatchListenerFailedException(failed.getMessage(), failed, 0);
        }
    }
}

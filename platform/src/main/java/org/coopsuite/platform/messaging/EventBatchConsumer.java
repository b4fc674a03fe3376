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
import org.springframework.kafka.support.KafkaUtils;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream function behind every event binding: it takes a polled batch as
 * raw bytes, decodes each record with the {@link EventCodec}, holds back the events of
 * aggregates whose sequence the group has parked ({@link Parking}), and hands the others to the
 * service's handler. A failure is always named by the index of the record that failed: an
 * undecodable record, an event the handler names ({@link EventFailedException}), or, when the
 * batch failed as a whole for a reason that is not transient (e.g. its bulk write), the event
 * that fails when the events are applied again one at a time. The records before it are done,
 * it goes to the error handler, the ones after it are delivered again.
 */
public final class EventBatchConsumer implements Consumer<Message<List<byte[]>>> {

    /** The headers of each event of the batch being handled on this thread, for {@link #headersOf}. */
    private static final ThreadLocal<Map<SpecificRecord, Map<String, String>>> HEADERS =
            ThreadLocal.withInitial(IdentityHashMap::new);

    private final EventCodec codec;
    private final Consumer<List<SpecificRecord>> handler;
    private final Parking parking;
    private final String topic;

    /** A consumer that parks nothing (every event is applied). */
    public EventBatchConsumer(EventCodec codec, Consumer<List<SpecificRecord>> handler) {
        this(codec, handler, Parking.none(), null);
    }

    /** A consumer of the topic in the service's default consumer group. */
    public EventBatchConsumer(EventCodec codec, Consumer<List<SpecificRecord>> handler, Parking parking, String topic) {
        this(codec, handler, parking, topic, null);
    }

    /**
     * @param handler processes decoded events in order; throws {@link EventFailedException}
     *        to name the one that failed
     * @param topic the consumed topic, whose parked sequences a retry applies through {@code handler}
     * @param group the binding's consumer group when it is not the service's default one, else null
     */
    public EventBatchConsumer(EventCodec codec, Consumer<List<SpecificRecord>> handler, Parking parking, String topic,
            String group) {
        this.codec = codec;
        this.handler = handler;
        this.parking = parking;
        this.topic = topic;
        if (topic != null) {
            parking.register(group, topic, handler);
        }
    }

    /**
     * The Kafka headers (as text) an event being handled arrived with, e.g. its trace context;
     * empty outside a handler call.
     */
    public static Map<String, String> headersOf(SpecificRecord event) {
        return HEADERS.get().getOrDefault(event, Map.of());
    }

    /** Runs the handler on one event outside a batch (a retried parked one), with its headers. */
    static void applyAlone(Consumer<List<SpecificRecord>> handler, SpecificRecord event, Map<String, String> headers) {
        HEADERS.get().put(event, headers);
        try {
            handler.accept(List.of(event));
        } finally {
            HEADERS.remove();
        }
    }

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        List<?> headers = batch.getHeaders().get(KafkaHeaders.BATCH_CONVERTED_HEADERS, List.class);
        List<SpecificRecord> events = new ArrayList<>(payloads.size());
        EventDecodingException undecodable = null;
        try {
            for (int i = 0; i < payloads.size() && undecodable == null; i++) {
                try {
                    SpecificRecord event = codec.decode(payloads.get(i));
                    events.add(event);
                    HEADERS.get().put(event, text(headers, i));
                } catch (EventDecodingException e) {
                    undecodable = e;
                }
            }
            String group = KafkaUtils.getConsumerGroupId();
            String consumed = topic != null ? topic : Parking.topic(batch.getHeaders(), 0);
            List<Integer> apply;
            try {
                apply = parking.holdBack(group, consumed, batch.getHeaders(), payloads, events);
            } catch (RuntimeException e) {
                throw new BatchListenerFailedException(e.getMessage(), e, 0);
            }
            handle(events, apply);
            if (undecodable != null) {
                throw new BatchListenerFailedException(undecodable.getMessage(), undecodable, events.size());
            }
            parking.succeeded(group, consumed);
        } finally {
            HEADERS.remove();
        }
    }

    static Map<String, String> text(List<?> headers, int index) {
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

    /** @param apply the indexes in the batch of the events to hand over, in order */
    private void handle(List<SpecificRecord> events, List<Integer> apply) {
        if (apply.isEmpty()) {
            return;
        }
        List<SpecificRecord> chosen = apply.stream().map(events::get).toList();
        try {
            handler.accept(chosen);
        } catch (EventFailedException failed) {
            throw new BatchListenerFailedException(failed.getMessage(), failed.getCause(), apply.get(failed.index()));
        } catch (RuntimeException failed) {
            if (chosen.size() == 1 || Failures.isTransient(failed)) {
                throw new BatchListenerFailedException(failed.getMessage(), failed, apply.get(0));
            }
            // Not an event's own failure as far as the handler could tell: find the one that fails alone.
            for (int i = 0; i < chosen.size(); i++) {
                try {
                    handler.accept(List.of(chosen.get(i)));
                } catch (EventFailedException alone) {
                    throw new BatchListenerFailedException(alone.getMessage(), alone.getCause(), apply.get(i));
                } catch (RuntimeException alone) {
                    throw new BatchListenerFailedException(alone.getMessage(), alone, apply.get(i));
                }
            }
        }
    }
}

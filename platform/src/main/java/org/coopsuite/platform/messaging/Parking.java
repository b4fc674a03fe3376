package org.coopsuite.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.coopsuite.schemas.common.EventMeta;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.MessageHeaders;

/**
 * The sequenced dead letters on the consumer's path. Before a batch is applied, the events of an
 * aggregate whose sequence the group holds parked go behind it, in order, and are not applied;
 * when an event fails on its own content, its record (the one that failed, at its real index) is
 * parked as a new sequence. It also knows, by topic, the function each binding runs, so that a
 * retry applies a sequence through the same projections and reactions ({@link SequenceOperations}).
 */
public class Parking {

    private final ParkedSequences store;
    private final EventCodec codec;
    private final Clock clock;
    private final ConsumerFaults faults;
    private final String defaultGroup;
    private final Map<String, Consumer<List<SpecificRecord>>> handlers = new ConcurrentHashMap<>();

    /** @param defaultGroup the consumer group of a binding that names none (the service's name) */
    public Parking(ParkedSequences store, EventCodec codec, Clock clock, ConsumerFaults faults, String defaultGroup) {
        this.store = store;
        this.codec = codec;
        this.clock = clock;
        this.faults = faults;
        this.defaultGroup = defaultGroup;
    }

    /** No parking, for a consumer used without a store (unit tests): every event is applied. */
    public static Parking none() {
        return new Parking(null, null, Clock.systemUTC(), null, null);
    }

    /** @param group null for the default group */
    void register(String group, String topic, Consumer<List<SpecificRecord>> handler) {
        handlers.put((group == null ? defaultGroup : group) + " " + topic, handler);
    }

    /** What the group's binding of the topic runs in this service, if it has one. */
    Optional<Consumer<List<SpecificRecord>>> handler(String group, String topic) {
        return Optional.ofNullable(handlers.get(group + " " + topic));
    }

    /**
     * The indexes of the batch's events to apply now, in order; the others are parked behind
     * their aggregate's sequence.
     */
    List<Integer> holdBack(String group, String topic, MessageHeaders batch, List<byte[]> payloads,
            List<SpecificRecord> events) {
        List<Integer> apply = new ArrayList<>(events.size());
        Set<String> parked = store == null || group == null || events.isEmpty() ? Set.of()
                : store.parkedAggregates(group, topic);
        if (parked.isEmpty()) {
            for (int i = 0; i < events.size(); i++) {
                apply.add(i);
            }
            return apply;
        }
        Map<String, List<Integer>> behind = new LinkedHashMap<>();
        for (int i = 0; i < events.size(); i++) {
            String aggregate = EventCodec.meta(events.get(i)).getAggregateId();
            if (parked.contains(aggregate)) {
                behind.computeIfAbsent(aggregate, key -> new ArrayList<>()).add(i);
            } else {
                apply.add(i);
            }
        }
        behind.forEach((aggregate, indexes) -> {
            List<ParkedEvent> parkedEvents = indexes.stream()
                    .map(i -> parkedEvent(batch, i, payloads.get(i), events.get(i))).toList();
            if (!store.append(group, topic, aggregate, parkedEvents)) {
                apply.addAll(indexes); // retried meanwhile: nothing to wait behind any more
            }
        });
        apply.sort(null);
        return apply;
    }

    /** Parks the record that failed on its own content, as a new sequence or behind its aggregate's. */
    public ParkedSequence park(String group, ConsumerRecord<?, ?> record, Throwable failure) {
        byte[] value = record.value() instanceof byte[] bytes ? bytes : new byte[0];
        byte[] key = record.key() instanceof byte[] bytes ? bytes : null;
        List<ParkedEvent.Header> headers = new ArrayList<>();
        for (Header header : record.headers()) {
            headers.add(new ParkedEvent.Header(header.key(), header.value() == null ? new byte[0] : header.value()));
        }
        String aggregate;
        ParkedEvent event;
        try {
            EventMeta meta = EventCodec.meta(codec.decode(value));
            aggregate = meta.getAggregateId();
            event = new ParkedEvent(record.topic(), record.partition(), record.offset(), key, value, headers,
                    meta.getEventId(), meta.getEventType(), meta.getAggregateVersion(), clock.instant());
        } catch (EventDecodingException undecodable) {
            // The suite keys every record by its aggregate's id: the later events of it go behind this one.
            aggregate = key == null ? "(no key)" : new String(key, StandardCharsets.UTF_8);
            event = new ParkedEvent(record.topic(), record.partition(), record.offset(), key, value, headers, null,
                    null, 0, clock.instant());
        }
        return store.park(group, record.topic(), aggregate, event, failure);
    }

    void transientFailure(String group, String topic, Throwable failure) {
        if (faults != null && group != null) {
            faults.failed(group, topic, failure);
        }
    }

    void succeeded(String group, String topic) {
        if (faults != null && group != null && faults.anyFault()) {
            faults.succeeded(group, topic);
        }
    }

    private ParkedEvent parkedEvent(MessageHeaders batch, int index, byte[] value, SpecificRecord event) {
        EventMeta meta = EventCodec.meta(event);
        List<ParkedEvent.Header> headers = new ArrayList<>();
        if (item(batch, KafkaHeaders.BATCH_CONVERTED_HEADERS, index) instanceof Map<?, ?> recordHeaders) {
            recordHeaders.forEach((name, headerValue) -> {
                if (headerValue instanceof byte[] bytes) {
                    headers.add(new ParkedEvent.Header(String.valueOf(name), bytes));
                } else if (headerValue != null) {
                    headers.add(new ParkedEvent.Header(String.valueOf(name),
                            String.valueOf(headerValue).getBytes(StandardCharsets.UTF_8)));
                }
            });
        }
        Object key = item(batch, KafkaHeaders.RECEIVED_KEY, index);
        return new ParkedEvent(topic(batch, index), number(item(batch, KafkaHeaders.RECEIVED_PARTITION, index)),
                offset(item(batch, KafkaHeaders.OFFSET, index)), key instanceof byte[] bytes ? bytes : null, value,
                headers, meta.getEventId(), meta.getEventType(), meta.getAggregateVersion(), clock.instant());
    }

    /** The topic of the batch's record at {@code index}, from the binder's headers. */
    static String topic(MessageHeaders batch, int index) {
        Object topic = item(batch, KafkaHeaders.RECEIVED_TOPIC, index);
        return topic == null ? String.valueOf(batch.get(KafkaHeaders.RECEIVED_TOPIC)) : topic.toString();
    }

    private static Object item(MessageHeaders batch, String header, int index) {
        Object value = batch.get(header);
        if (value instanceof List<?> list) {
            return index < list.size() ? list.get(index) : null;
        }
        return value;
    }

    private static int number(Object value) {
        return value instanceof Number number ? number.intValue() : -1;
    }

    private static long offset(Object value) {
        return value instanceof Number number ? number.longValue() : -1;
    }
}

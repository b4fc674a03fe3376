package org.coopsuite.platform.aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox entries to Kafka and says, per outbox, whether the broker acknowledged every
 * one of its events ({@code acks=all}, idempotent producer, key as {@code EventTopic.keyOf}), so
 * that the relay removes from each outbox exactly what is on the topic, and one outbox that cannot
 * go out holds back no other. The entries are sent together and awaited together: with an
 * idempotent producer the order per partition is kept.
 */
public class EventPublisher {

    public static final String EVENT_ID_HEADER = "coop-event-id";
    public static final String EVENT_TYPE_HEADER = "coop-event-type";
    public static final String CORRELATION_ID_HEADER = "coop-correlation-id";

    private final KafkaTemplate<byte[], byte[]> kafka;
    private final Duration timeout;

    public EventPublisher(KafkaTemplate<byte[], byte[]> kafka, Duration timeout) {
        this.kafka = kafka;
        this.timeout = timeout;
    }

    /**
     * Publishes the events of each outbox, in order, all outboxes at once, and waits for the
     * acknowledgements together (at most the timeout).
     *
     * @return for each outbox that did not go out whole, why; an outbox whose event the producer
     *         refused at once (too large, say) does not send its later events, so a consumer never
     *         sees an aggregate's later event without the earlier one
     */
    Map<String, Exception> publishEach(List<HeldOutbox> outboxes) {
        Map<String, List<CompletableFuture<?>>> sends = new LinkedHashMap<>();
        for (HeldOutbox outbox : outboxes) {
            List<CompletableFuture<?>> sent = new ArrayList<>(outbox.entries().size());
            for (OutboxEntry entry : outbox.entries()) {
                CompletableFuture<?> send = sendOrFail(entry);
                sent.add(send);
                if (send.isCompletedExceptionally()) {
                    break;
                }
            }
            sends.put(outbox.id(), sent);
        }
        awaitAll(sends.values().stream().flatMap(List::stream).toArray(CompletableFuture[]::new));
        Map<String, Exception> failures = new LinkedHashMap<>();
        sends.forEach((id, sent) -> failure(sent).ifPresent(e -> failures.put(id, e)));
        return failures;
    }

    private void awaitAll(CompletableFuture<?>[] sends) {
        try {
            CompletableFuture.allOf(sends).handle((done, failed) -> done).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // each send's own outcome says which outbox did not go out
        }
    }

    private Optional<Exception> failure(List<CompletableFuture<?>> sent) {
        Optional<Exception> failed = sent.stream().filter(CompletableFuture::isCompletedExceptionally).findFirst()
                .map(EventPublisher::cause);
        if (failed.isEmpty() && !sent.stream().allMatch(CompletableFuture::isDone)) {
            return Optional.of(new TimeoutException("not acknowledged within " + timeout.toMillis() + " ms"));
        }
        return failed;
    }

    private static Exception cause(CompletableFuture<?> failed) {
        try {
            failed.join();
            throw new IllegalStateException("not failed");
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return cause instanceof Exception exception ? exception : new ExecutionException(cause);
        }
    }

    private CompletableFuture<?> sendOrFail(OutboxEntry entry) {
        try {
            return send(entry);
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    private CompletableFuture<?> send(OutboxEntry entry) {
        // The record's timestamp is the time of sending (the producer sets it); the event's own time
        // is in its meta. The gap between the two is how long the event waited in the outbox.
        ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(entry.topic(), null, null, bytes(entry.key()),
                entry.payload());
        record.headers()
                .add(new RecordHeader(EVENT_ID_HEADER, bytes(entry.eventId())))
                .add(new RecordHeader(EVENT_TYPE_HEADER, bytes(entry.eventType())))
                .add(new RecordHeader(CORRELATION_ID_HEADER, bytes(entry.correlationId())));
        entry.traceHeaders().forEach((name, value) -> record.headers().add(new RecordHeader(name, bytes(value))));
        return kafka.send(record);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}

package org.coopsuite.platform.aggregate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes outbox entries to Kafka and returns only once the broker has acknowledged every
 * one of them ({@code acks=all}, idempotent producer, key = aggregate id), so that the relay
 * removes from the outbox exactly what is on the topic. The entries are sent together and
 * awaited together: with an idempotent producer the order per partition is kept.
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

    /** @throws PublishFailedException when any entry was not acknowledged in time */
    public void publish(List<OutboxEntry> entries) {
        CompletableFuture<?>[] sends = entries.stream().map(this::send).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(sends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("Interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("Publishing " + entries.size() + " events failed", e);
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

    /** Some events may or may not be on the topic; they stay in the outbox and go again. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}

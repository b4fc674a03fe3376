package org.coopsuite.platform.messaging;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The suite's consumer error handling: a failing event is retried with exponential backoff,
 * then published to {@code <topic>.<group>.dlq} (same partition) with its original bytes and
 * headers plus the exception, and the partition moves on. An undecodable event is not worth
 * a retry: it goes to the dead-letter topic at once. Each dead letter counts in
 * {@value #METER}, tagged with the consumed topic and the group.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "coop-dlq-reason";

    /** The counter of events dead-lettered, by {@code topic} (the consumed one) and {@code group}. */
    public static final String METER = "coop.dead.letters";

    private DeadLetters() {
    }

    /** The dead-letter topic of a consumed topic for a consumer group. */
    public static String topic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    /**
     * The dead-letter counter of a consumed topic and group; registering it before any dead
     * letter lets a dashboard or an alert read 0 rather than nothing.
     */
    public static Counter counter(MeterRegistry registry, String topic, String group) {
        return Counter.builder(METER).description("Events dead-lettered after their retries")
                .tag("topic", topic).tag("group", group).register(registry);
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<byte[], byte[]> kafka, MeterRegistry registry,
            String group, int retries, long initialBackoffMillis, long maxBackoffMillis) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(topic(record.topic(), group), record.partition()));
        publisher.addHeadersFunction(DeadLetters::reason);
        // Counted once the dead letter is written: the publisher throws when the broker refuses it.
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, exception) -> {
            publisher.accept(record, consumer, exception);
            counter(registry, record.topic(), group).increment();
        };
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retries);
        backOff.setInitialInterval(initialBackoffMillis);
        backOff.setMultiplier(2.0);
        backOff.setMaxInterval(maxBackoffMillis);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(EventDecodingException.class);
        return handler;
    }

    /** One readable line: why this record could not be processed. */
    private static RecordHeaders reason(ConsumerRecord<?, ?> record, Exception exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String reason = cause.getClass().getSimpleName() + ": " + cause.getMessage();
        return new RecordHeaders(new RecordHeader[] {
            new RecordHeader(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8))});
    }
}

package org.coopsuite.platform.messaging;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * The suite's consumer error handling: a failing event is retried with exponential backoff,
 * then published to {@code <topic>.<group>.dlq} (same partition) with its original bytes and
 * headers plus the exception, and the partition moves on. An undecodable event is not worth
 * a retry: it goes to the dead-letter topic at once.
 */
public final class DeadLetters {

    public static final String REASON_HEADER = "coop-dlq-reason";

    private DeadLetters() {
    }

    /** The dead-letter topic of a consumed topic for a consumer group. */
    public static String topic(String topic, String group) {
        return topic + "." + group + ".dlq";
    }

    public static DefaultErrorHandler errorHandler(KafkaOperations<byte[], byte[]> kafka, String group,
            int retries, long initialBackoffMillis, long maxBackoffMillis) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(topic(record.topic(), group), record.partition()));
        recoverer.addHeadersFunction(DeadLetters::reason);
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

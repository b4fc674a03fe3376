package org.coopsuite.platform.messaging;

import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRecordRecoverer;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * The suite's consumer error handling. A failure of the infrastructure ({@link Failures}) is
 * retried with backoff for as long as it lasts, and is never a dead letter. An event that fails
 * on its own content (undecodable, a rule it breaks: at once; an unknown failure: after its
 * retries) is parked in its aggregate's sequence ({@link Parking}) and published to
 * {@code <topic>.<group>.dlq} (same partition, kept for ever) with its original bytes and headers
 * plus the reason, and the partition moves on. Each dead letter counts in {@value #METER},
 * tagged with the consumed topic and the group.
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
        return Counter.builder(METER).description("Events parked and dead-lettered")
                .tag("topic", topic).tag("group", group).register(registry);
    }

    /**
     * The error handler of one group's consumers. A transient failure is retried with backoff
     * without limit and never dead-lettered (the consumer counts as not ready meanwhile); a
     * deterministic one is parked at once; any other after {@code retries} retries. Parking puts
     * the record in its sequence ({@link Parking}) and on the dead-letter topic.
     */
    public static DefaultErrorHandler errorHandler(KafkaOperations<byte[], byte[]> kafka, MeterRegistry registry,
            String group, Parking parking, PlatformRetries retries) {
        DeadLetterPublishingRecoverer publisher = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(topic(record.topic(), group), record.partition()));
        publisher.addHeadersFunction(DeadLetters::reason);
        // Parked first (the store is what a retry reads), then counted once the dead letter is written:
        // if either throws, the record is tried again and parked once (a record already parked is not added again).
        ConsumerAwareRecordRecoverer recoverer = (record, consumer, exception) -> {
            parking.park(group, record, exception);
            publisher.accept(record, consumer, exception);
            counter(registry, record.topic(), group).increment();
        };
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FailureBackOff(retries.retries(),
                retries.initialBackoffMillis(), retries.maxBackoffMillis()));
        handler.setRetryListeners((record, exception, attempt) -> {
            FailureBackOff.failed(exception);
            if (Failures.isTransient(exception)) {
                parking.transientFailure(group, record.topic(), exception);
            }
        });
        return handler;
    }

    /**
     * The waits between attempts ({@link FailureBackOff}): a transient failure's without limit,
     * an unknown one's {@code retries} times, each doubling from {@code initialBackoffMillis}.
     *
     * @param maxBackoffMillis the longest wait, so that a consumer comes back soon after MongoDB does
     */
    public record PlatformRetries(int retries, long initialBackoffMillis, long maxBackoffMillis) {
    }

    /** One readable line: why this record could not be processed. */
    private static RecordHeaders reason(ConsumerRecord<?, ?> record, Exception exception) {
        String reason = Failures.reason(exception);
        return new RecordHeaders(new RecordHeader[] {
            new RecordHeader(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8))});
    }
}

package org.coopsuite.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoTimeoutException;
import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.TestEvents;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;

class EventBatchConsumerTest {

    private static final EventCodec CODEC = EventCodec.forAllEvents();
    private static final byte[] UNDECODABLE = "not an event".getBytes(StandardCharsets.UTF_8);

    private final List<List<SpecificRecord>> handed = new ArrayList<>();
    private final String id = TestEvents.newId();
    private final List<SpecificRecord> events = List.of(TestEvents.scheduled(id), TestEvents.opened(id, 2),
            TestEvents.opened(id, 3));

    @Test
    void handsTheDecodedBatchToTheHandlerInOrder() {
        consumer(handed::add).accept(batch(encode(events.get(0)), encode(events.get(1)), encode(events.get(2))));

        assertThat(handed).containsExactly(events);
    }

    @Test
    void handsTheRecordsBeforeAnUndecodableOneToTheHandlerThenNamesItsIndex() {
        Message<List<byte[]>> batch = batch(encode(events.get(0)), encode(events.get(1)), UNDECODABLE,
                encode(events.get(2)));

        BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer(handed::add).accept(batch));

        assertThat(handed).containsExactly(events.subList(0, 2));
        assertThat(failed.getIndex()).isEqualTo(2);
        assertThat(failed.getCause()).isInstanceOf(EventDecodingException.class);
    }

    @Test
    void anUndecodableFirstRecordIsIndexZeroAndTheHandlerIsNotCalled() {
        BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer(handed::add).accept(batch(UNDECODABLE, encode(events.get(0)))));

        assertThat(handed).isEmpty();
        assertThat(failed.getIndex()).isZero();
    }

    @Test
    void anEventFailedByTheHandlerIsNamedByItsIndex() {
        IllegalStateException cause = new IllegalStateException("projection refused it");
        Consumer<List<SpecificRecord>> failingAtOne = events -> {
            throw new EventFailedException(1, cause);
        };

        BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer(failingAtOne).accept(batch(encode(events.get(0)), encode(events.get(1)))));

        assertThat(failed.getIndex()).isEqualTo(1);
        assertThat(failed.getCause()).isSameAs(cause);
    }

    @Test
    void anyOtherHandlerFailureFailsTheBatchFromItsStart() {
        IllegalStateException cause = new IllegalStateException("database down");
        Consumer<List<SpecificRecord>> failing = events -> {
            throw cause;
        };

        BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer(failing).accept(batch(encode(events.get(0)), encode(events.get(1)))));

        assertThat(failed.getIndex()).isZero();
        assertThat(failed.getCause()).isSameAs(cause);
    }

    @Test
    void aBatchThatFailsAsAWholeIsAppliedOneEventAtATimeToFindTheOneThatFails() {
        IllegalStateException cause = new IllegalStateException("document too large");
        Consumer<List<SpecificRecord>> failingWithTheThird = batch -> {
            if (batch.contains(events.get(2))) {
                throw cause;
            }
            handed.add(batch);
        };

        BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer(failingWithTheThird).accept(batch(encode(events.get(0)), encode(events.get(1)),
                        encode(events.get(2)))));

        assertThat(failed.getIndex()).isEqualTo(2);
        assertThat(failed.getCause()).isSameAs(cause);
        assertThat(handed).containsExactly(List.of(events.get(0)), List.of(events.get(1)));
    }

    @Test
    void aTransientFailureOfTheBatchIsNotPinnedOnAnyEvent() {
        MongoTimeoutException cause = new MongoTimeoutException("no server");
        List<Integer> calls = new ArrayList<>();
        Consumer<List<SpecificRecord>> databaseDown = batch -> {
            calls.add(batch.size());
            throw cause;
        };

        BatchListenerFailedException failed = catchThrowableOfType(BatchListenerFailedException.class,
                () -> consumer(databaseDown).accept(batch(encode(events.get(0)), encode(events.get(1)))));

        assertThat(failed.getIndex()).isZero();
        assertThat(calls).containsExactly(2);
    }

    @Test
    void anEmptyBatchDoesNothing() {
        consumer(handed::add).accept(batch());

        assertThat(handed).isEmpty();
    }

    private static EventBatchConsumer consumer(Consumer<List<SpecificRecord>> handler) {
        return new EventBatchConsumer(CODEC, handler);
    }

    private static byte[] encode(SpecificRecord event) {
        return CODEC.encode(event);
    }

    private static Message<List<byte[]>> batch(byte[]... payloads) {
        return MessageBuilder.withPayload(List.of(payloads)).build();
    }
}

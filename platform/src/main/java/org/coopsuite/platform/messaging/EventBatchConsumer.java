package org.coopsuite.platform.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.messaging.Message;

/**
 * The Spring Cloud Stream function behind every event binding: it takes a polled batch as
 * raw bytes, decodes each record with the {@link EventCodec}, and hands the decoded events to
 * the service's handler. Decoding here rather than in a message converter is what lets one
 * undecodable record be named by its index and dead-lettered alone, at once, while the
 * records before it are processed and the ones after it redelivered.
 */
public final class EventBatchConsumer implements Consumer<Message<List<byte[]>>> {

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

    @Override
    public void accept(Message<List<byte[]>> batch) {
        List<byte[]> payloads = batch.getPayload();
        List<SpecificRecord> events = new ArrayList<>(payloads.size());
        for (byte[] payload : payloads) {
            try {
                events.add(codec.decode(payload));
            } catch (EventDecodingException undecodable) {
                handle(events);
                throw new BatchListenerFailedException(undecodable.getMessage(), undecodable, events.size());
            }
        }
        handle(events);
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

package org.coopsuite.platform.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.correlation.Correlation;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.EventMeta;

/**
 * A batch handler for reactions (commands caused by events): each event is handled on its
 * own, inside the event's correlation (its causation being that event), so that what it
 * causes carries the thread on and every log line names it. The first failure is named by
 * its index. The reaction also runs in a span that continues the trace the event carries in
 * its headers, so the events it causes carry the same trace on.
 */
public final class EachEvent implements Consumer<List<SpecificRecord>> {

    private final TraceHeaders tracing;
    private final Consumer<SpecificRecord> reaction;

    /** Reactions inside each event's correlation only (no tracing). */
    public EachEvent(Consumer<SpecificRecord> reaction) {
        this(null, reaction);
    }

    /** Reactions inside each event's correlation and in a span continuing the event's trace. */
    public EachEvent(TraceHeaders tracing, Consumer<SpecificRecord> reaction) {
        this.tracing = tracing;
        this.reaction = reaction;
    }

    @Override
    public void accept(List<SpecificRecord> events) {
        for (int i = 0; i < events.size(); i++) {
            SpecificRecord event = events.get(i);
            EventMeta meta = EventCodec.meta(event);
            try (Correlation.Scope ignored = Correlation.open(meta.getCorrelationId(), meta.getEventId());
                    TraceHeaders.Scope span = continueTrace(event, meta)) {
                reaction.accept(event);
            } catch (RuntimeException e) {
                throw new EventFailedException(i, e);
            }
        }
    }

    private TraceHeaders.Scope continueTrace(SpecificRecord event, EventMeta meta) {
        return tracing == null ? () -> { }
                : tracing.continueFrom(EventBatchConsumer.headersOf(event), "on " + meta.getEventType());
    }
}

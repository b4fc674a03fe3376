package org.coopsuite.platform.tracing;

import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * The trace context as message headers (W3C {@code traceparent}): taken from the current
 * span when an event is written to the outbox, and continued when a consumed event causes
 * work, so one trace runs from a request through every event it causes.
 */
public class TraceHeaders {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceHeaders(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as headers; empty when no span is in scope. */
    public Map<String, String> current() {
        TraceContext context = tracer.currentTraceContext().context();
        Map<String, String> headers = new LinkedHashMap<>();
        if (context != null) {
            propagator.inject(context, headers, Map::put);
        }
        return headers;
    }

    /** Starts a span continuing the trace these headers carry (a new trace when they carry none). */
    public Scope continueFrom(Map<String, String> headers, String name) {
        Span span = propagator.extract(headers, Map::get).name(name).start();
        Tracer.SpanInScope inScope = tracer.withSpan(span);
        return () -> {
            inScope.close();
            span.end();
        };
    }

    /** Ends the span and leaves its scope. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}

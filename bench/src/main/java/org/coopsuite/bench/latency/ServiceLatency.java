package org.coopsuite.bench.latency;

import static com.mongodb.client.model.Filters.in;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/**
 * Commands over HTTP into call-service at a steady rate (drafting a call), each observed in
 * funding-service's projection of calls: its latency runs from the request's send to the
 * first read of funding-service's database that finds the call's view.
 */
final class ServiceLatency {

    private static final long OBSERVE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

    private final URI calls;
    private final String token;
    private final MongoCollection<Document> fundingCallViews;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, long[]> pending = new ConcurrentHashMap<>();
    private final AtomicInteger failures = new AtomicInteger();

    ServiceLatency(int callServicePort, String token, MongoCollection<Document> fundingCallViews) {
        this.calls = URI.create("http://localhost:" + callServicePort + "/api/calls");
        this.token = token;
        this.fundingCallViews = fundingCallViews;
    }

    Latencies measure(int perSecond, Duration warmUp, Duration measured) {
        Latencies latencies = new Latencies();
        AtomicBoolean commanding = new AtomicBoolean(true);
        Thread observer = new Thread(() -> observe(latencies, commanding), "latency-observer");
        observer.start();
        AtomicLong next = new AtomicLong();
        SteadyRate.run(perSecond, warmUp, measured, (sentNanos, isMeasured) -> draft(next.getAndIncrement(), sentNanos,
                isMeasured));
        commanding.set(false);
        try {
            observer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return latencies;
    }

    int failures() {
        return failures.get();
    }

    /** Commands whose call funding-service's projection never showed. */
    int unobserved() {
        return pending.size();
    }

    private void draft(long n, long sentNanos, boolean measured) {
        HttpRequest request = HttpRequest.newBuilder(calls).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            if (error != null || response.statusCode() != 201) {
                failures.incrementAndGet();
                return;
            }
            String location = response.headers().firstValue("Location").orElseThrow();
            pending.put(location.substring(location.lastIndexOf('/') + 1), new long[] {sentNanos, measured ? 1 : 0});
        });
    }

    /** Reads funding-service's views of the pending calls every 2 ms until every call is seen or a minute after the last command. */
    private void observe(Latencies latencies, AtomicBoolean commanding) {
        long giveUpAt = Long.MAX_VALUE;
        while (commanding.get() || (!pending.isEmpty() && System.nanoTime() < giveUpAt)) {
            if (!commanding.get()) {
                giveUpAt = Math.min(giveUpAt, System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
            }
            List<String> ids = pending.keySet().stream().limit(500).toList();
            if (!ids.isEmpty()) {
                for (Document view : fundingCallViews.find(in("_id", ids)).projection(new Document("_id", 1))) {
                    long seen = System.nanoTime();
                    long[] sent = pending.remove(view.getString("_id"));
                    if (sent != null && sent[1] == 1) {
                        latencies.add(seen - sent[0]);
                    }
                }
            }
            LockSupport.parkNanos(OBSERVE_EVERY_NANOS);
        }
    }

    private static String body(long n) {
        return """
                {"modality": "JOINT", "participatingSides": ["EU", "JP"], "content": {
                  "title": "Benchmark call %d", "strategicAreas": ["CLIMATE_CHANGE"], "topics": ["latency"],
                  "indicativeBudget": {"EU": {"amount": 1000000, "currency": "EUR"},
                                       "JP": {"amount": 150000000, "currency": "JPY"}},
                  "climateCoefficient": 40}}
                """.formatted(n);
    }
}

package org.coopsuite.bench.latency;

import static com.mongodb.client.model.Filters.in;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.coopsuite.schemas.EventTopic;

/**
 * Commands over HTTP into call-service at a steady rate (drafting a call), each observed in
 * funding-service's projection of calls: its latency runs from the request's send to the
 * first read of funding-service's database that finds the call's view.
 */
final class ServiceLatency {

    private static final long OBSERVE_EVERY_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /**
     * How many pending calls one read looks for. On the local stack's server a {@code $in}
     * costs the square of its size: a read of every pending call, when thousands were pending,
     * loaded the server under test more than the services did. While no more are pending, each
     * read looks for all of them; beyond, the reads walk round the pending calls.
     */
    private static final int OBSERVED_PER_READ = 100;

    private final URI calls;
    private final String token;
    private final MongoCollection<Document> fundingCallViews;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** The drafted calls not yet seen in funding-service's projection, by command number: oldest first. */
    private final ConcurrentSkipListMap<Long, Pending> pending = new ConcurrentSkipListMap<>();
    /** Commands sent and not answered yet. */
    private final AtomicInteger inFlight = new AtomicInteger();
    /** From each measured command's send to call-service's response (201), for where the time goes. */
    private final Latencies accepted = new Latencies();
    /** From each measured command's send to its event's arrival on the call topic, for where the time goes. */
    private final Latencies published = new Latencies();
    private final String bootstrapServers;
    private Map<String, Duration> cpuSpent = Map.of();
    /** Failed commands by what failed them: an HTTP status, or the client's exception. */
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();

    ServiceLatency(int callServicePort, String token, MongoCollection<Document> fundingCallViews,
            String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.calls = URI.create("http://localhost:" + callServicePort + "/api/calls");
        this.token = token;
        this.fundingCallViews = fundingCallViews;
    }

    Latencies accepted() {
        return accepted;
    }

    Latencies published() {
        return published;
    }

    /** The CPU time each process used in the measured period. */
    Map<String, Duration> cpuSpent() {
        return cpuSpent;
    }

    /**
     * @param settleAtMost how long the warm-up goes on after the ramp, at most, until the compilers are quiet
     * @param compilation the JIT compilers' time of each JVM: the warm-up goes on until they are quiet
     * @param cpu the CPU time of each process, read around the measured period (the commands'
     *        sending, not the drain after): see {@link #cpuSpent()}
     */
    Latencies measure(int perSecond, Duration warmUp, Duration settleAtMost, Duration measured, ProcessTimes compilation,
            ProcessTimes cpu) {
        try (TopicArrivals onCallTopic = new TopicArrivals(bootstrapServers, EventTopic.CALL.topic())) {
            Latencies latencies = new Latencies();
            AtomicBoolean commanding = new AtomicBoolean(true);
            Thread observer = new Thread(() -> observe(latencies, onCallTopic, commanding), "latency-observer");
            observer.start();
            AtomicLong next = new AtomicLong();
            SteadyRate.Action draft = (sentNanos, isMeasured) -> draft(next.getAndIncrement(), sentNanos, isMeasured);
            SteadyRate.rampUp(perSecond, warmUp, draft);
            WarmUp.settle(perSecond, settleAtMost, draft, compilation);
            awaitWarmUpDone(next.get());
            cpu.sinceLast();
            SteadyRate.measured(perSecond, measured, draft);
            cpuSpent = cpu.sinceLast();
            commanding.set(false);
            try {
                observer.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return latencies;
        }
    }

    int failures() {
        return failures.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** What failed the commands that failed, e.g. {@code {HttpTimeoutException=12, 503=3}}. */
    Map<String, Integer> failureCauses() {
        Map<String, Integer> causes = new TreeMap<>();
        failures.forEach((cause, count) -> causes.put(cause, count.get()));
        return causes;
    }

    /** Commands whose call funding-service's projection never showed. */
    int unobserved() {
        return pending.size();
    }

    /**
     * Waits until every warm-up command is answered and its call seen (at most two minutes), so
     * that the measured period starts on an empty pipeline and measures the rate, not the backlog.
     */
    private void awaitWarmUpDone(long commands) {
        long started = System.nanoTime();
        long giveUpAt = started + TimeUnit.MINUTES.toNanos(2);
        while ((inFlight.get() > 0 || !pending.isEmpty()) && System.nanoTime() < giveUpAt) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        System.out.printf("  warm-up: %,d commands ramping up to the rate; %s %.1f s after its last%n", commands,
                inFlight.get() == 0 && pending.isEmpty() ? "all answered and seen" : "still pending",
                (System.nanoTime() - started) / 1e9);
    }

    private void draft(long n, long sentNanos, boolean measured) {
        HttpRequest request = HttpRequest.newBuilder(calls).header("Authorization", token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
        inFlight.incrementAndGet();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            try {
                answered(n, sentNanos, measured, response, error);
            } finally {
                inFlight.decrementAndGet();
            }
        });
    }

    private void answered(long n, long sentNanos, boolean measured, HttpResponse<Void> response, Throwable error) {
        if (error != null || response.statusCode() != 201) {
            String cause = error != null ? rootCause(error).getClass().getSimpleName() : "HTTP " + response.statusCode();
            failures.computeIfAbsent(cause, c -> new AtomicInteger()).incrementAndGet();
            return;
        }
        if (measured) {
            accepted.add(System.nanoTime() - sentNanos);
        }
        String location = response.headers().firstValue("Location").orElseThrow();
        pending.put(n, new Pending(location.substring(location.lastIndexOf('/') + 1), sentNanos, measured));
    }

    /** A drafted call, waiting to be seen. */
    private record Pending(String callId, long sentNanos, boolean measured) {
    }

    /**
     * Reads funding-service's views of pending calls every 2 ms until every command is answered
     * and every call seen, or a minute after the last command.
     */
    private void observe(Latencies latencies, TopicArrivals onCallTopic, AtomicBoolean commanding) {
        long giveUpAt = Long.MAX_VALUE;
        long after = -1;
        // Commands still unanswered when the sending ends go into pending later: wait for them too.
        while (commanding.get() || ((inFlight.get() > 0 || !pending.isEmpty()) && System.nanoTime() < giveUpAt)) {
            if (!commanding.get()) {
                giveUpAt = Math.min(giveUpAt, System.nanoTime() + TimeUnit.MINUTES.toNanos(1));
            }
            Map<String, Long> looked = nextPending(after);
            after = looked.isEmpty() ? -1 : Collections.max(looked.values());
            if (!looked.isEmpty()) {
                for (Document view : fundingCallViews.find(in("_id", looked.keySet())).projection(new Document("_id", 1))) {
                    long seen = System.nanoTime();
                    Pending call = pending.remove(looked.get(view.getString("_id")));
                    if (call != null && call.measured()) {
                        latencies.add(seen - call.sentNanos());
                        onCallTopic.firstArrival(call.callId())
                                .ifPresent(arrived -> published.add(arrived - call.sentNanos()));
                    }
                }
            }
            LockSupport.parkNanos(OBSERVE_EVERY_NANOS);
        }
    }

    /** The next pending calls after command number {@code after}, from the first again at the end; by call id. */
    private Map<String, Long> nextPending(long after) {
        Map<String, Long> next = new HashMap<>();
        pending.tailMap(after, false).entrySet().stream().limit(OBSERVED_PER_READ)
                .forEach(e -> next.put(e.getValue().callId(), e.getKey()));
        if (next.size() < OBSERVED_PER_READ) {
            pending.headMap(after, true).entrySet().stream().limit(OBSERVED_PER_READ - next.size())
                    .forEach(e -> next.put(e.getValue().callId(), e.getKey()));
        }
        return next;
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
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

package org.coopsuite.chaos;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The driver's side of the wire: every command goes with an {@code Idempotency-Key} and is sent
 * again, with the same key and body, until it is answered 2xx or with a 4xx the caller handles;
 * no answer, a 5xx and a 409 "request in progress" (the first send still being answered) are
 * waited out, up to {@link #RETRYING}. Counts what was sent and what was acknowledged.
 */
final class Commands {

    static final Duration RETRYING = Duration.ofMinutes(6);
    private static final Duration PAUSE = Duration.ofMillis(500);

    /** An answer: its status and its JSON body (empty for none). */
    record Answer(int status, Map<?, ?> body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** A command not acknowledged: a 4xx nobody handles, or no 2xx within {@link #RETRYING}. */
    static final class Unanswered extends RuntimeException {
        Unanswered(String message) {
            super(message, null, false, false);
        }
    }

    private final Map<String, RestClient> clients = new ConcurrentHashMap<>();
    private final Function<String, String> urls;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final AtomicLong sent = new AtomicLong();
    final AtomicLong attempts = new AtomicLong();
    final AtomicLong acknowledged = new AtomicLong();
    /** Re-sends answered 409 "illegal transition": done by an earlier send whose answer the key did not keep. */
    final AtomicLong doneBefore = new AtomicLong();

    /** @param urls a service's base URL by its name */
    Commands(Function<String, String> urls) {
        this.urls = urls;
    }

    /**
     * A POST with a fresh key, sent again until 2xx; any other 4xx is {@link Unanswered}, but for a
     * 409 "illegal transition" to a re-send, whose problem body is answered (see {@link #doneBefore}).
     */
    Map<?, ?> post(String service, String path, String token, Object body) {
        Answer answer = send(service, HttpMethod.POST, path, token, body, Map.of(), status -> false);
        return answer.body();
    }

    /**
     * Sends until 2xx or a status {@code handled} accepts (answered, not retried). {@code headers}
     * go with every send; a POST also carries one {@code Idempotency-Key} for all its sends.
     */
    Answer send(String service, HttpMethod method, String path, String token, Object body, Map<String, String> headers,
            java.util.function.IntPredicate handled) {
        String key = UUID.randomUUID().toString();
        sent.incrementAndGet();
        long deadline = System.nanoTime() + RETRYING.toNanos();
        String last = "nothing";
        for (int send = 1; System.nanoTime() < deadline; send++) {
            attempts.incrementAndGet();
            Optional<Answer> answer = once(service, method, path, token, body, headers, key);
            if (answer.isPresent()) {
                Answer a = answer.get();
                if (a.ok()) {
                    acknowledged.incrementAndGet();
                    return a;
                }
                if (handled.test(a.status())) {
                    return a;
                }
                if (send > 1 && illegalTransition(a)) {
                    // The command ran before (its effect is checked as any other), but the key kept no
                    // answer: the service died between the command's write and the key's answer.
                    doneBefore.incrementAndGet();
                    return a;
                }
                if (a.status() < 500 && !inProgress(a)) {
                    throw new Unanswered(method + " " + path + " answered " + a.status() + " " + a.body());
                }
                last = String.valueOf(a.status());
            } else {
                last = "no answer";
            }
            pause();
        }
        throw new Unanswered(method + " " + path + ": no 2xx within " + RETRYING + " (last: " + last + ")");
    }

    /** A read: its answer, or empty when the service did not answer (down, restarting). */
    Optional<Answer> get(String service, String path, String token) {
        return once(service, HttpMethod.GET, path, token, null, Map.of(), null);
    }

    private Optional<Answer> once(String service, HttpMethod method, String path, String token, Object body,
            Map<String, String> headers, String key) {
        try {
            RestClient.RequestBodySpec request = client(service).method(method).uri(path)
                    .header(HttpHeaders.AUTHORIZATION, token);
            headers.forEach(request::header);
            if (method == HttpMethod.POST && key != null) {
                request.header("Idempotency-Key", key);
            }
            if (body != null) {
                request.body(body);
            }
            return Optional.of(request.exchange((req, response) -> {
                HttpStatusCode status = response.getStatusCode();
                Map<?, ?> json = null;
                try {
                    json = response.bodyTo(Map.class);
                } catch (RuntimeException notJson) {
                    // an empty body, or a proxy's page
                }
                return new Answer(status.value(), json == null ? Map.of() : json);
            }));
        } catch (RuntimeException noAnswer) {
            return Optional.empty();
        }
    }

    static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unanswered("interrupted");
        }
    }

    private static boolean illegalTransition(Answer answer) {
        return answer.status() == 409 && String.valueOf(answer.body().get("type")).endsWith("illegal-transition");
    }

    private static boolean inProgress(Answer answer) {
        return answer.status() == 409 && String.valueOf(answer.body().get("type")).endsWith("request-in-progress");
    }

    private RestClient client(String service) {
        return clients.computeIfAbsent(service, name -> {
            JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(http);
            factory.setReadTimeout(Duration.ofSeconds(30));
            return RestClient.builder().baseUrl(urls.apply(name)).requestFactory(factory).build();
        });
    }
}

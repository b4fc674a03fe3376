package org.coopsuite.tools.suite;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * GETs on the services for the operator commands, each bounded in time: a service that accepts
 * the connection but does not answer (starting, stuck) must not hang a status check.
 */
public final class ServiceApi {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    /**
     * GETs a URL with the token, if any; answers what came back, or why nothing did.
     *
     * @throws InterruptedException if interrupted while waiting for the answer
     */
    public Answer get(String url, Optional<String> token) throws InterruptedException {
        return get(url, token, "application/json");
    }

    /** {@link #get(String, Optional)}, asking for the given media type. */
    public Answer get(String url, Optional<String> token, String accept) throws InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(REQUEST_TIMEOUT)
                .header("Accept", accept);
        token.ifPresent(jwt -> request.header("Authorization", "Bearer " + jwt));
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(url, response.statusCode(), response.body(), null);
        } catch (IOException | IllegalArgumentException e) {
            String reason = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            return new Answer(url, 0, "", "unreachable (" + reason + ")");
        }
    }

    /**
     * What a GET answered.
     *
     * @param url         what was asked
     * @param status      the HTTP status; 0 when nothing answered
     * @param body        the body, empty when nothing answered
     * @param unreachable why nothing answered, or {@code null}
     */
    public record Answer(String url, int status, String body, String unreachable) {

        public boolean answered() {
            return unreachable == null;
        }

        public boolean ok() {
            return status == 200;
        }

        /** The body as JSON, if it is JSON. */
        public Optional<JsonNode> json() {
            try {
                return body.isBlank() ? Optional.empty() : Optional.of(JSON.readTree(body));
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }

        /** In a few words what went wrong: unreachable, or the status and the problem's detail. */
        public String failure() {
            if (!answered()) {
                return unreachable;
            }
            String detail = json().map(j -> j.path("detail").asText(j.path("title").asText(""))).orElse("");
            return "HTTP " + status + (detail.isBlank() ? "" : ": " + detail);
        }
    }
}

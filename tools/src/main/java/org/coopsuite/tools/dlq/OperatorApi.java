package org.coopsuite.tools.dlq;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The services' operator endpoints ({@code /api/operator/parked...}, {@code /api/operator/projections...}),
 * with a bearer token; {@code dlq} and {@code rebuild} use it.
 */
public final class OperatorApi {

    static final String PARKED = "/api/operator/parked";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What a service answered: its status and its JSON body (empty when there was none). */
    public record Answer(int status, JsonNode body) {

        public boolean ok() {
            return status / 100 == 2;
        }

        /** The problem's detail, or the status when the body says nothing. */
        public String problem() {
            return body.hasNonNull("detail") ? body.get("detail").asText() : "HTTP " + status;
        }
    }

    /** The service could not be reached, or its answer was not JSON. */
    public static final class Unreachable extends Exception {
        Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    public OperatorApi(String token) {
        this.token = token;
    }

    public Answer get(String url) throws Unreachable, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), url);
    }

    public Answer post(String url, String json) throws Unreachable, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json == null ? "" : json)), url);
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer send(HttpRequest.Builder request, String url) throws Unreachable, InterruptedException {
        HttpResponse<String> response;
        try {
            response = http.send(request.header("Authorization", "Bearer " + token).header("Accept", "application/json")
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new Unreachable(url + " does not answer (is the service running? ./coop run)", e);
        } catch (IOException e) {
            throw new Unreachable(url + ": " + (e.getMessage() != null ? e.getMessage() : e.toString()), e);
        }
        try {
            String body = response.body();
            return new Answer(response.statusCode(),
                    body == null || body.isBlank() ? JSON.createObjectNode() : JSON.readTree(body));
        } catch (IOException e) {
            throw new Unreachable(url + " answered " + response.statusCode() + " with a body that is not JSON", e);
        }
    }
}

package org.coopsuite.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Requests sent as they are written, byte for byte: a body that is no JSON, another content type,
 * bytes that are no UTF-8, a header left out. The answer comes back whatever its status.
 */
public final class RawHttp {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private RawHttp() {
    }

    /** A request: its method, path (with its query) and body bytes (null: none), and its headers. */
    public record Request(String method, String path, byte[] body, Map<String, String> headers) {

        public static Request of(String method, String path) {
            return new Request(method, path, null, Map.of());
        }

        /** With a JSON body (Content-Type: application/json). */
        public static Request json(String method, String path, String json) {
            return new Request(method, path, json == null ? null : json.getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/json"));
        }

        public Request withHeader(String name, String value) {
            Map<String, String> headers = new LinkedHashMap<>(this.headers);
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return new Request(method, path, body, headers);
        }

        public Request withBody(byte[] bytes) {
            return new Request(method, path, bytes, headers);
        }
    }

    /** An answer: its status, body and content type. */
    public record Answer(int status, String body, String contentType) {

        /** An RFC 9457 problem detail: its media type, with a title and the status. */
        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json") && body.contains("\"title\"")
                    && body.contains("\"status\":" + status);
        }
    }

    public static Answer send(int port, Request request) {
        HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder http = HttpRequest.newBuilder(URI.create("http://localhost:" + port + request.path()))
                .timeout(Duration.ofSeconds(30)).method(request.method(), body);
        request.headers().forEach(http::header);
        try {
            HttpResponse<String> answer = HTTP.send(http.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body(), answer.headers().firstValue("Content-Type").orElse(null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A body cut short for a message. */
    public static String abbreviated(String body) {
        return body == null || body.length() <= 300 ? body : body.substring(0, 300) + "...";
    }
}

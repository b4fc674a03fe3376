package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.web.client.RestClient;

/** Reads a running service's OpenAPI document as a client generator or a dashboard developer would. */
public final class OpenApiDocument {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpenApiDocument() {
    }

    /** The paths the service documents at {@code /v3/api-docs}, read without a token. */
    public static Set<String> paths(int port) {
        return pathItems(port).keySet();
    }

    /** The documented paths that answer a GET, in the document's order. */
    public static Set<String> getPaths(int port) {
        Set<String> paths = new LinkedHashSet<>();
        pathItems(port).forEach((path, item) -> {
            if (item instanceof Map<?, ?> operations && operations.containsKey("get")) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** Every documented operation as {@code METHOD path}, e.g. {@code POST /api/calls/{id}/closure}. */
    public static Set<String> operations(int port) {
        Set<String> operations = new LinkedHashSet<>();
        pathItems(port).forEach((path, item) -> ((Map<?, ?>) item).keySet().stream().map(String::valueOf)
                .filter(method -> List.of("get", "put", "post", "delete", "patch").contains(method))
                .forEach(method -> operations.add(method.toUpperCase(Locale.ROOT) + " " + path)));
        return operations;
    }

    /** The whole document, as JSON maps. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> document(int port) {
        return RestClient.create("http://localhost:" + port).get().uri("/v3/api-docs").retrieve().body(Map.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pathItems(int port) {
        return (Map<String, Object>) document(port).get("paths");
    }

    /**
     * Opens Swagger UI as a browser without a token would: {@code /swagger-ui.html} redirects to
     * its page, the page answers, and so does the configuration the page reads, which points
     * at the service's OpenAPI document.
     */
    public static void assertSwaggerUiOpen(int port) {
        HttpResponse<String> entry = get(port, "/swagger-ui.html");
        assertThat(entry.statusCode()).as("/swagger-ui.html").isEqualTo(302);
        assertThat(entry.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/swagger-ui/index.html"));
        HttpResponse<String> page = get(port, "/swagger-ui/index.html");
        assertThat(page.statusCode()).as("/swagger-ui/index.html").isEqualTo(200);
        assertThat(page.body()).contains("<title>Swagger UI</title>");
        HttpResponse<String> config = get(port, "/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).as("/v3/api-docs/swagger-config").isEqualTo(200);
        assertThat(config.body()).contains("\"url\":\"/v3/api-docs\"");
    }

    private static HttpResponse<String> get(int port, String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

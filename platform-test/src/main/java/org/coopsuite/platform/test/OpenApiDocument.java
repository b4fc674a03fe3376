package org.coopsuite.platform.test;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.web.client.RestClient;

/** Reads a running service's OpenAPI document as a client generator or a dashboard developer would. */
public final class OpenApiDocument {

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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pathItems(int port) {
        Map<String, Object> document = RestClient.create("http://localhost:" + port).get().uri("/v3/api-docs")
                .retrieve().body(Map.class);
        return (Map<String, Object>) document.get("paths");
    }
}

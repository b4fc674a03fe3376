package org.coopsuite.platform.test;

import java.util.Map;
import java.util.Set;

import org.springframework.web.client.RestClient;

/** Reads a running service's OpenAPI document as a client generator or a dashboard developer would. */
public final class OpenApiDocument {

    private OpenApiDocument() {
    }

    /** The paths the service documents at {@code /v3/api-docs}, read without a token. */
    @SuppressWarnings("unchecked")
    public static Set<String> paths(int port) {
        Map<String, Object> document = RestClient.create("http://localhost:" + port).get().uri("/v3/api-docs")
                .retrieve().body(Map.class);
        return ((Map<String, Object>) document.get("paths")).keySet();
    }
}

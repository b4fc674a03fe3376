package org.coopsuite.tools.suite;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service of the suite as an operator reaches it: its API (queries, the operator endpoints),
 * its management port (health, info, prometheus; no token there), and the consumer groups it
 * reads the event topics in.
 *
 * @param name          e.g. {@code call-service}
 * @param apiUrl        e.g. {@code http://localhost:8081}
 * @param managementUrl e.g. {@code http://localhost:9081}
 * @param groups        consumer group name to the topics it is subscribed to, in the service's configuration; in order
 */
public record Service(String name, String apiUrl, String managementUrl, Map<String, List<String>> groups) {

    public Service {
        apiUrl = withoutTrailingSlash(apiUrl);
        managementUrl = withoutTrailingSlash(managementUrl);
        groups = Collections.unmodifiableMap(new LinkedHashMap<>(groups));
    }

    private static String withoutTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}

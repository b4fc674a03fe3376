package org.coopsuite.dashboard.suite;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

/**
 * The services' APIs with the signed-in user's access token: what the user may not see, the
 * service refuses ({@link ServiceRefused}), not the dashboard.
 */
@Component
public class SuiteApi {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };

    private final Map<Service, RestClient> clients = new EnumMap<>(Service.class);
    private final Map<Service, URI> urls;

    SuiteApi(SuiteProperties properties) {
        this.urls = properties.urls();
        urls.forEach((service, url) -> clients.put(service, RestClient.builder().baseUrl(url.toString())
                .defaultStatusHandler(status -> status.is4xxClientError(), (request, response) -> {
                    throw new ServiceRefused(service, response.getStatusCode().value(),
                            new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8));
                }).build()));
    }

    /** GET a JSON object; query parameters with a null or blank value are left out. */
    public Map<String, Object> get(Service service, String token, String path, Map<String, ?> query) {
        return clients.get(service).get().uri(builder -> withQuery(builder.path(path), query).build())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token).accept(MediaType.APPLICATION_JSON)
                .retrieve().body(JSON);
    }

    public Map<String, Object> get(Service service, String token, String path) {
        return get(service, token, path, Map.of());
    }

    /** POST a JSON body (a command); answers the service's JSON, if any. */
    public Map<String, Object> post(Service service, String token, String path, Object body) {
        return clients.get(service).post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JSON);
    }

    /** Each service's health as its open health endpoint says it, "DOWN" when it does not answer. */
    public Map<Service, String> health() {
        Map<Service, String> health = new LinkedHashMap<>();
        clients.forEach((service, client) -> {
            try {
                Map<String, Object> body = client.get().uri("/actuator/health").retrieve().body(JSON);
                health.put(service, String.valueOf(body == null ? "UNKNOWN" : body.get("status")));
            } catch (RuntimeException e) {
                health.put(service, "DOWN");
            }
        });
        return health;
    }

    /** The items of one of the platform's page envelopes. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> items(Map<String, Object> page) {
        Object items = page == null ? null : page.get("items");
        return items instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static UriBuilder withQuery(UriBuilder builder, Map<String, ?> query) {
        query.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                builder.queryParam(name, value);
            }
        });
        return builder;
    }
}

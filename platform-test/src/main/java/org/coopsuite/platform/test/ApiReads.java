package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Reads every GET path a running service documents, as a dashboard would: each path variable is
 * filled with the id given for the collection named just before it ({@code /api/calls/{id}/proposals}
 * takes the id given for {@code calls}, {@code /api/agreements/by-call/{callId}} the one for
 * {@code by-call}), and a path that needs a query gets the one given for it.
 * <pre>
 * ApiReads.at(port, viewer).ids(Map.of("calls", callId, "proposals", proposalId)).assertNoBookkeeping();
 * </pre>
 */
public final class ApiReads {

    /** The projection's bookkeeping, which no answer of the API shows. */
    static final Set<String> BOOKKEEPING = Set.of("appliedVersions", "revision");
    /** Where the platform's operator endpoints are, on every service. */
    static final String OPERATOR_PATHS = "/api/operator/";

    private final int port;
    private final RestClient http;
    private final String bearer;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> queries = new LinkedHashMap<>();

    private ApiReads(int port, String bearer) {
        this.port = port;
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        this.bearer = bearer;
    }

    public static ApiReads at(int port, String bearer) {
        return new ApiReads(port, bearer);
    }

    /** The id each collection's path variables take, by the collection's path segment, e.g. {@code calls}. */
    public ApiReads ids(Map<String, String> byCollection) {
        ids.putAll(byCollection);
        return this;
    }

    /** The query a documented path needs, e.g. {@code area=CLIMATE_CHANGE&from=...}. */
    public ApiReads query(String documentedPath, String query) {
        queries.put(documentedPath, query);
        return this;
    }

    /**
     * Every documented GET path, read: the JSON of each answer by its documented path; each must be
     * a 200. The platform's operator endpoints ({@value #OPERATOR_PATHS}...) are left out: they
     * answer OPERATOR only, and the platform's own tests read them.
     */
    public Map<String, Object> readAll() {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (String documented : OpenApiDocument.getPaths(port)) {
            if (documented.startsWith(OPERATOR_PATHS)) {
                continue;
            }
            String uri = filled(documented);
            ResponseEntity<Object> response = http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer)
                    .header(HttpHeaders.ACCEPT, "application/json").retrieve().toEntity(Object.class);
            assertThat(response.getStatusCode().value()).as("GET %s: %s", uri, response.getBody()).isEqualTo(200);
            answers.put(documented, response.getBody());
        }
        return answers;
    }

    /** Reads every documented GET path and asserts that no answer has a bookkeeping key at any depth. */
    public void assertNoBookkeeping() {
        Map<String, Object> answers = readAll();
        assertThat(answers).as("documented GET paths").isNotEmpty();
        answers.forEach((path, json) -> assertThat(keys(json)).as("keys of GET %s", path)
                .doesNotContainAnyElementsOf(BOOKKEEPING));
    }

    /** Every key of a JSON tree, at any depth. */
    static Set<String> keys(Object json) {
        Set<String> keys = new TreeSet<>();
        if (json instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                keys.add(String.valueOf(key));
                keys.addAll(keys(value));
            });
        } else if (json instanceof Collection<?> list) {
            list.forEach(value -> keys.addAll(keys(value)));
        }
        return keys;
    }

    private String filled(String documented) {
        List<String> segments = List.of(documented.split("/"));
        StringBuilder uri = new StringBuilder();
        for (int i = 1; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.startsWith("{")) {
                String collection = segments.get(i - 1);
                assertThat(ids).as("an id for the %s of %s", collection, documented).containsKey(collection);
                segment = ids.get(collection);
            }
            uri.append('/').append(segment);
        }
        String query = queries.get(documented);
        return query == null ? uri.toString() : uri + "?" + query;
    }
}

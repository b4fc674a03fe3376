package org.coopsuite.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Checks that a list endpoint of a running service answers in the platform's page envelope
 * ({@code items, page, size, totalItems, totalPages}): 20 entries by default, up to 100 when asked,
 * a 400 naming {@code size} past 100 or below 1 and naming {@code page} below 0 or past 10,000, and totals that
 * count every matching entry whatever the page. The envelope is the whole answer, or one field of
 * it (the overview's {@code upcomingDialogues}); a report may add its own fields beside it (the
 * ledger's totals).
 * <pre>
 * PageEnvelope calls = PageEnvelope.at(port, viewerBearer);
 * long before = calls.total("/api/calls");
 * // ... create three calls ...
 * calls.assertPaged("/api/calls", before + 3);
 * </pre>
 */
public final class PageEnvelope {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;
    private static final int SMALL = 2;

    private final RestClient http;
    private final String bearer;
    /** The answer's field that holds the envelope; null: the answer is the envelope. */
    private String field;

    private PageEnvelope(RestClient http, String bearer) {
        this.http = http;
        this.bearer = bearer;
    }

    /** The list endpoints of the service on the port, read with the bearer token given. */
    public static PageEnvelope at(int port, String bearer) {
        return new PageEnvelope(RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build(), bearer);
    }

    /** The envelope is the answer's field of that name, not the whole answer. */
    public PageEnvelope in(String envelopeField) {
        PageEnvelope nested = new PageEnvelope(http, bearer);
        nested.field = envelopeField;
        return nested;
    }

    /** How many entries the endpoint lists over all its pages. */
    public long total(String path) {
        return ((Number) page(path, "").get("totalItems")).longValue();
    }

    /** Asserts the envelope, its default, its cap, its 400s and its totals, for {@code expectedTotal} entries in all. */
    public void assertPaged(String path, long expectedTotal) {
        Map<String, Object> first = page(path, "");
        assertThat(first).as(path).containsKeys("items", "page", "size", "totalItems", "totalPages")
                .containsEntry("page", 0).containsEntry("size", DEFAULT_SIZE);
        assertTotals(path, first, expectedTotal, DEFAULT_SIZE);
        assertThat(items(first)).as(path).hasSize((int) Math.min(DEFAULT_SIZE, expectedTotal));
        Map<String, Object> largest = page(path, "size=" + MAX_SIZE);
        assertThat(largest).as(path).containsEntry("size", MAX_SIZE);
        assertThat(items(largest)).as(path).hasSize((int) Math.min(MAX_SIZE, expectedTotal));
        assertRefused(path, "size=" + (MAX_SIZE + 1), "size");
        assertRefused(path, "size=0", "size");
        assertRefused(path, "page=-1", "page");
        assertRefused(path, "page=10001", "page");
        assertRefused(path, "page=2147483647&size=100", "page");
        int pages = pages(expectedTotal, SMALL);
        if (pages > 0) {
            Map<String, Object> last = page(path, "size=" + SMALL + "&page=" + (pages - 1));
            assertTotals(path, last, expectedTotal, SMALL);
            assertThat(items(last)).as(path).hasSize((int) (expectedTotal - (long) (pages - 1) * SMALL));
        }
        Map<String, Object> past = page(path, "size=" + SMALL + "&page=" + pages);
        assertTotals(path, past, expectedTotal, SMALL);
        assertThat(items(past)).as(path + ", past the last page").isEmpty();
    }

    /** The envelope as JSON, asserting a 200; {@code query} is added to the path's own query, if any. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> page(String path, String query) {
        ResponseEntity<Map> response = get(path, query);
        assertThat(response.getStatusCode().value()).as("%s?%s: %s", path, query, response.getBody()).isEqualTo(200);
        Map<String, Object> body = response.getBody();
        return field == null ? body : (Map<String, Object>) body.get(field);
    }

    @SuppressWarnings("unchecked")
    private void assertRefused(String path, String query, String field) {
        ResponseEntity<Map> response = get(path, query);
        assertThat(response.getStatusCode().value()).as("%s with %s", path, query).isEqualTo(400);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) response.getBody().get("errors");
        assertThat(errors).as("%s with %s", path, query).extracting(e -> e.get("field")).contains(field);
    }

    private static void assertTotals(String path, Map<String, Object> page, long total, int size) {
        assertThat(((Number) page.get("totalItems")).longValue()).as("%s totalItems", path).isEqualTo(total);
        assertThat(page.get("totalPages")).as("%s totalPages at size %d", path, size).isEqualTo(pages(total, size));
    }

    @SuppressWarnings("unchecked")
    private static List<Object> items(Map<String, Object> page) {
        return (List<Object>) page.get("items");
    }

    private static int pages(long total, int size) {
        return (int) ((total + size - 1) / size);
    }

    private ResponseEntity<Map> get(String path, String query) {
        String uri = query.isEmpty() ? path : path + (path.contains("?") ? "&" : "?") + query;
        return http.get().uri(uri).header(HttpHeaders.AUTHORIZATION, bearer).header(HttpHeaders.ACCEPT, "application/json")
                .retrieve().toEntity(Map.class);
    }
}

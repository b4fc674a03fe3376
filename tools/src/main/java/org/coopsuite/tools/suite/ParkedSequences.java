package org.coopsuite.tools.suite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.tools.suite.ServiceApi.Answer;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;

/**
 * A service's parked sequences (issue 21's sequenced dead letters), read from its operator
 * endpoint {@value #PATH}, which answers the suite's page envelope {@code {items, page, size,
 * totalItems, totalPages}}. A service without the endpoint (404) is "n/a": neither healthy nor not.
 */
public final class ParkedSequences {

    /** The operator endpoint that lists the parked sequences, a page at a time. */
    public static final String PATH = "/api/operator/parked";

    /** What a service without the endpoint shows. */
    public static final String NO_ENDPOINT = "n/a (service has no parked-sequence endpoint)";

    private static final int PAGE_SIZE = 100;
    private static final int MOST_PAGES = 50;

    private final ServiceApi api;

    public ParkedSequences(ServiceApi api) {
        this.api = api;
    }

    /** How many sequences the service has parked: {@code totalItems} of a one-item page. */
    public Parked count(Service service, Bearer bearer) throws InterruptedException {
        if (bearer.token().isEmpty()) {
            return Parked.unknown(bearer.missing());
        }
        Answer answer = api.get(service.apiUrl() + PATH + "?size=1", bearer.token());
        if (answer.status() == 404) {
            return Parked.notAvailable();
        }
        JsonNode total = answer.json().map(j -> j.get("totalItems")).orElse(null);
        if (!answer.ok() || total == null || !total.canConvertToLong()) {
            return Parked.unknown(answer.ok() ? "no totalItems in " + answer.url() : answer.failure());
        }
        return Parked.counted(total.asLong());
    }

    /** Every parked sequence of the service, page after page (at most {@value #MOST_PAGES} pages). */
    public Listing list(Service service, Bearer bearer) throws InterruptedException {
        return list(service, bearer, "");
    }

    /** The sequences of the listing's query ({@code ""}: the parked ones; {@code "state=EVICTED&"}), page after page. */
    private Listing list(Service service, Bearer bearer, String query) throws InterruptedException {
        if (bearer.token().isEmpty()) {
            return new Listing(List.of(), Parked.unknown(bearer.missing()));
        }
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; page < MOST_PAGES; page++) {
            Answer answer = api.get(service.apiUrl() + PATH + "?" + query + "size=" + PAGE_SIZE + "&page=" + page,
                    bearer.token());
            if (answer.status() == 404) {
                return new Listing(List.of(), Parked.notAvailable());
            }
            JsonNode body = answer.json().orElse(null);
            if (!answer.ok() || body == null || !body.path("items").isArray()) {
                return new Listing(items, Parked.unknown(answer.ok() ? "no items in " + answer.url() : answer.failure()));
            }
            body.path("items").forEach(items::add);
            if (page + 1 >= body.path("totalPages").asInt(0)) {
                return new Listing(items, Parked.counted(body.path("totalItems").asLong(items.size())));
            }
        }
        return new Listing(items, Parked.counted(items.size()));
    }

    /**
     * Where in the log the records of the service's evicted sequences were ({@code topic/partition@offset}):
     * each evicted sequence of the history, read with its records. Empty when the service cannot tell.
     */
    public Set<String> evictedRecords(Service service, Bearer bearer) throws InterruptedException {
        Set<String> records = new HashSet<>();
        for (JsonNode sequence : list(service, bearer, "state=EVICTED&").items()) {
            Answer detail = api.get(service.apiUrl() + PATH + "/" + sequence.path("id").asText(), bearer.token());
            detail.json().ifPresent(d -> d.path("events").forEach(e -> records.add(e.path("topic").asText() + "/"
                    + e.path("partition").asInt() + "@" + e.path("offset").asLong())));
        }
        return records;
    }

    /**
     * How many sequences are parked, or why that is not known.
     *
     * @param count the number, or {@code null} when not known
     * @param note  when not known: {@link #NO_ENDPOINT}, or why not (unreachable, the token refused)
     */
    public record Parked(Long count, String note) {

        static Parked counted(long count) {
            return new Parked(count, null);
        }

        static Parked notAvailable() {
            return new Parked(null, NO_ENDPOINT);
        }

        static Parked unknown(String why) {
            return new Parked(null, "unknown: " + why);
        }

        /** Whether a status check fails on it: sequences parked, or it could not be told; not for a service without the endpoint. */
        public boolean problem() {
            return count != null ? count > 0 : !NO_ENDPOINT.equals(note);
        }

        /** The count, or the note. */
        public String text() {
            return count != null ? count.toString() : note;
        }
    }

    /**
     * The parked sequences read, and how many there are (or why not known).
     *
     * @param items  the page envelopes' items, as the service answers them
     * @param parked their number, or why it is not known
     */
    public record Listing(List<JsonNode> items, Parked parked) {
    }
}

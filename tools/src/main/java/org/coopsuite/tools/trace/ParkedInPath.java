package org.coopsuite.tools.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.tools.suite.ParkedSequences;
import org.coopsuite.tools.suite.ParkedSequences.Listing;
import org.coopsuite.tools.suite.ParkedSequences.Parked;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;

/**
 * The parked dead letters in a trace's path: each service's parked sequences whose item names
 * (in any field, at any depth) an aggregate or an event of the trace. Judged by the ids alone,
 * so it holds whatever shape the items have.
 */
final class ParkedInPath {

    private final ParkedSequences parked;

    ParkedInPath(ServiceApi api) {
        this.parked = new ParkedSequences(api);
    }

    /**
     * One service's parked sequences in the path.
     *
     * @param service the service
     * @param all     how many it has parked in all, or why that is not known
     * @param inPath  those that name the trace's aggregates or events
     */
    record InPath(String service, Parked all, List<JsonNode> inPath) {

        String text() {
            if (all.count() == null) {
                return all.note();
            }
            return inPath.isEmpty() ? "none (" + all.count() + " parked in all)"
                    : inPath.size() + " in its path (of " + all.count() + " parked in all):";
        }

        /**
         * One line a sequence in the path, as an operator acts on it: its id (for {@code dlq show},
         * {@code retry}, {@code evict}), its group and topic, how many events it holds, its reason.
         * A sequence of another shape is shown as its JSON.
         */
        List<String> items() {
            return inPath.stream().map(ParkedInPath::line).toList();
        }
    }

    static String line(JsonNode item) {
        if (!item.hasNonNull("id") || !item.hasNonNull("group") || !item.hasNonNull("reason")) {
            return item.toString();
        }
        int events = item.path("events").asInt(0);
        return item.get("id").asText() + "  " + item.get("group").asText() + " on " + item.path("topic").asText("?")
                + ", " + events + (events == 1 ? " event" : " events") + (item.path("transient").asBoolean() ? ", transient"
                        : "") + ": " + item.get("reason").asText();
    }

    List<InPath> of(List<Service> services, List<TraceEvent> events, Bearer bearer) throws InterruptedException {
        Set<String> ids = new HashSet<>();
        for (TraceEvent event : events) {
            ids.add(event.aggregateId());
            event.eventId().ifPresent(ids::add);
        }
        List<InPath> found = new ArrayList<>();
        for (Service service : services) {
            Listing listing = parked.list(service, bearer);
            found.add(new InPath(service.name(), listing.parked(),
                    listing.items().stream().filter(item -> mentions(item, ids)).toList()));
        }
        return found;
    }

    static boolean mentions(JsonNode node, Set<String> ids) {
        if (node.isTextual()) {
            return ids.contains(node.asText());
        }
        for (JsonNode child : node) {
            if (mentions(child, ids)) {
                return true;
            }
        }
        return false;
    }
}

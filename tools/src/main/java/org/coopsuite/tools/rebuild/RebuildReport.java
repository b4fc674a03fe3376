package org.coopsuite.tools.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

/** How a rebuild ended, as the lines {@code rebuild} prints, from the service's JSON answer. */
final class RebuildReport {

    private RebuildReport() {
    }

    static boolean done(JsonNode rebuild) {
        return switch (rebuild.get("state").asText()) {
            case "SWAPPED", "COMPARED", "CANCELLED", "FAILED" -> true;
            default -> false;
        };
    }

    /** Swapped in, or a dry run that found no difference. */
    static boolean succeeded(JsonNode rebuild) {
        String state = rebuild.get("state").asText();
        return "SWAPPED".equals(state) || "COMPARED".equals(state) && rebuild.get("differenceCount").asLong() == 0;
    }

    static List<String> topics(JsonNode rebuild) {
        List<String> topics = new ArrayList<>();
        rebuild.get("topics").forEach(topic -> topics.add(topic.asText()));
        return topics;
    }

    static List<String> lines(JsonNode rebuild) {
        List<String> lines = new ArrayList<>();
        String state = rebuild.get("state").asText();
        String collection = rebuild.get("collection").asText();
        String read = String.format(Locale.ROOT, "%,d events read (%,d at the start), %,.0f/s",
                rebuild.get("eventsRead").asLong(), rebuild.get("totalAtStart").asLong(),
                rebuild.get("eventsPerSecond").asDouble());
        switch (state) {
            case "SWAPPED" -> lines.add("Swapped in: " + collection + " is the rebuilt projection; " + read);
            case "COMPARED" -> {
                long count = rebuild.get("differenceCount").asLong();
                lines.add(count == 0 ? "No difference: the rebuilt " + collection + " equals the live one; " + read
                        : String.format(Locale.ROOT, "%,d views differ between the rebuilt and the live %s; %s", count,
                                collection, read));
                for (JsonNode difference : rebuild.get("differences")) {
                    lines.add("  " + difference(difference));
                }
                if (count > rebuild.get("differences").size()) {
                    lines.add(String.format(Locale.ROOT, "  ... and %,d more", count - rebuild.get("differences").size()));
                }
            }
            case "CANCELLED" -> lines.add("Cancelled: the live " + collection + " is as it was");
            default -> lines.add("Failed: " + text(rebuild, "error") + " (the live " + collection
                    + " is as it was unless the swap had begun; see the service's log)");
        }
        if (rebuild.path("heldBack").asInt() > 0) {
            lines.add(String.format(Locale.ROOT, "Held back: %d aggregates whose event failed (first: %s), as the live"
                    + " consumer parks them", rebuild.get("heldBack").asInt(), text(rebuild, "firstFailure")));
        }
        if (rebuild.path("undecodable").asLong() > 0) {
            lines.add(String.format(Locale.ROOT, "Skipped: %,d records that do not decode", rebuild.get("undecodable").asLong()));
        }
        return lines;
    }

    /** e.g. {@code 8f3c... DIFFERENT: versions, appliedVersions} or {@code 1a2b... only in the live projection} */
    static String difference(JsonNode difference) {
        String id = difference.get("id").asText();
        return switch (difference.get("kind").asText()) {
            case "ONLY_LIVE" -> id + "  only in the live projection";
            case "ONLY_REBUILT" -> id + "  only in the rebuilt projection";
            default -> {
                List<String> fields = new ArrayList<>();
                difference.get("fields").forEach(field -> fields.add(field.asText()));
                yield id + "  differs in " + String.join(", ", fields);
            }
        };
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "?" : value.asText();
    }
}

package org.coopsuite.tools.dlq;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How {@code dlq} shows what the services answer: aligned tables and blocks, or JSON lines. */
final class DlqFormat {

    static final int REASON_WIDTH = 60;

    private DlqFormat() {
    }

    /** A sequence of a service, as a list shows it. */
    record Row(String service, JsonNode sequence) {
    }

    /** The list as a table, one sequence a line; a line saying so when there is none. */
    static List<String> table(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of("no parked sequence");
        }
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("SERVICE", "SEQUENCE", "GROUP", "TOPIC", "AGGREGATE", "EVENTS", "STATE", "PARKED AT",
                "REASON"));
        for (Row row : rows) {
            JsonNode s = row.sequence();
            cells.add(List.of(row.service(), text(s, "id"), text(s, "group"), text(s, "topic"),
                    text(s, "aggregateId"), text(s, "events"), text(s, "state"), text(s, "parkedAt"),
                    (s.path("transient").asBoolean() ? "(transient) " : "") + shorten(text(s, "reason"))));
        }
        return aligned(cells);
    }

    /** One sequence: its fields, its events as a table, the stack of its first failure. */
    static List<String> detail(String service, JsonNode s) {
        List<String> lines = new ArrayList<>();
        List<List<String>> fields = new ArrayList<>();
        fields.add(List.of("sequence", text(s, "id")));
        fields.add(List.of("service", service));
        fields.add(List.of("group", text(s, "group")));
        fields.add(List.of("topic", text(s, "topic")));
        fields.add(List.of("aggregate", text(s, "aggregateId")));
        fields.add(List.of("state", text(s, "state")));
        fields.add(List.of("parked at", text(s, "parkedAt")));
        fields.add(List.of("transient", text(s, "transient")));
        fields.add(List.of("reason", text(s, "reason")));
        JsonNode outcome = s.path("outcome");
        if (outcome.isObject()) {
            fields.add(List.of("ended", text(outcome, "at") + " by " + text(outcome, "by")
                    + (outcome.hasNonNull("reason") ? ": " + text(outcome, "reason") : "")));
        }
        lines.addAll(aligned(fields));
        lines.add("");
        List<List<String>> events = new ArrayList<>();
        events.add(List.of("#", "PARTITION", "OFFSET", "VERSION", "TYPE", "EVENT ID", "PARKED AT"));
        int i = 1;
        for (JsonNode e : s.path("events")) {
            events.add(List.of(String.valueOf(i++), text(e, "partition"), text(e, "offset"),
                    text(e, "aggregateVersion"), text(e, "eventType"), text(e, "eventId"), text(e, "parkedAt")));
        }
        lines.addAll(aligned(events));
        if (s.hasNonNull("stack")) {
            lines.add("");
            lines.add("stack of the first failure:");
            text(s, "stack").lines().map(line -> "  " + line).forEach(lines::add);
        }
        return lines;
    }

    /** What retries did, one line each. */
    static List<String> outcomes(String service, List<JsonNode> outcomes) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(List.of("SERVICE", "SEQUENCE", "APPLIED", "RESULT"));
        for (JsonNode o : outcomes) {
            cells.add(List.of(service, text(o, "id"), text(o, "applied"),
                    o.path("parkedAgain").asBoolean() ? "parked again: " + text(o, "reason") : "done"));
        }
        return aligned(cells);
    }

    /** One line: the sequence evicted, by whom, why. */
    static String evicted(String service, JsonNode s) {
        JsonNode outcome = s.path("outcome");
        int events = s.path("events").size();
        return "evicted " + text(s, "id") + " of " + service + " (" + text(s, "aggregateId") + ", " + events
                + (events == 1 ? " event" : " events") + ") by " + text(outcome, "by") + ": " + text(outcome, "reason");
    }

    /** The service's JSON with {@code service} first. */
    static String jsonLine(String service, JsonNode node) {
        ObjectNode line = node.isObject() ? ((ObjectNode) node).objectNode() : null;
        if (line == null) {
            return node.toString();
        }
        line.put("service", service);
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            line.set(field.getKey(), field.getValue());
        }
        return line.toString();
    }

    static String shorten(String text) {
        String oneLine = text.replace('\n', ' ');
        return oneLine.length() <= REASON_WIDTH ? oneLine : oneLine.substring(0, REASON_WIDTH - 3) + "...";
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? "-" : value.asText();
    }

    /** Columns padded to their widest cell, two spaces apart; the last one not padded. */
    static List<String> aligned(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        rows.forEach(row -> {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        });
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(c == columns - 1 ? row.get(c) : String.format("%-" + widths[c] + "s  ", row.get(c)));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}

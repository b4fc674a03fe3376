package org.coopsuite.tools.trace;

import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.tools.suite.Table;
import org.coopsuite.tools.tail.TailLine;
import org.coopsuite.tools.trace.CausalOrder.Step;

/**
 * A trace's events as a readable timeline, one line each: when, on which topic, the event's id
 * (its first 8 characters), its type indented under the event that caused it, its aggregate and
 * version, and what caused it; or as JSON lines, tail's line of each record with {@code depth}
 * and {@code causedBy} (the causing event's id) added.
 */
final class Timeline {

    private static final int SHORT_ID = 8;
    /** ISO-8601 in UTC, always with milliseconds, so that the times line up. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String REQUEST_PREFIX = "request:";

    private Timeline() {
    }

    static void printText(List<Step> steps, PrintStream out) {
        Table table = new Table("TIME", "TOPIC", "EVENT", "TYPE", "AGGREGATE@VERSION", "CAUSED BY");
        for (Step step : steps) {
            TraceEvent event = step.event();
            table.row(TIME.format(event.occurredAt()), topic(event.record().topic()),
                    event.eventId().map(Timeline::shortId).orElse("-"), indent(step.depth()) + event.type(),
                    event.aggregateId() + event.version().map(v -> "@" + v).orElse(""), causedBy(step));
        }
        table.print(out);
    }

    static void printJson(List<Step> steps, TailLine line, PrintStream out) {
        for (Step step : steps) {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("depth", step.depth());
            extra.put("causedBy", step.cause().flatMap(TraceEvent::eventId).orElse(null));
            TraceEvent event = step.event();
            out.println(event.decoded().map(decoded -> line.of(event.record(), decoded, extra))
                    .orElseGet(() -> line.undecodable(event.record(), event.undecodable(), extra)));
        }
    }

    /** {@code coop.call.events} as {@code call}; a topic of another shape as it is. */
    static String topic(String topic) {
        if (topic.startsWith("coop.") && topic.endsWith(".events")) {
            return topic.substring("coop.".length(), topic.length() - ".events".length());
        }
        return topic;
    }

    static String indent(int depth) {
        return depth == 0 ? "" : "  ".repeat(depth - 1) + "└ ";
    }

    /**
     * The causing event's type and id; "request" and its id when a request caused it; "event" and
     * the id when the cause is an event outside the trace; the reason when undecodable.
     */
    static String causedBy(Step step) {
        if (step.event().undecodable() != null) {
            return "undecodable: " + step.event().undecodable();
        }
        Optional<TraceEvent> cause = step.cause();
        if (cause.isPresent()) {
            return cause.get().type() + " " + cause.get().eventId().map(Timeline::shortId).orElse("");
        }
        return step.event().causationId().map(id -> id.startsWith(REQUEST_PREFIX)
                ? "request " + shortId(id.substring(REQUEST_PREFIX.length()))
                : "event " + shortId(id) + " (not in the trace)").orElse("");
    }

    static String shortId(String id) {
        return id.length() <= SHORT_ID ? id : id.substring(0, SHORT_ID);
    }
}

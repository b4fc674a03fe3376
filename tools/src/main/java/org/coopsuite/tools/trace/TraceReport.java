package org.coopsuite.tools.trace;

import java.io.PrintStream;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coopsuite.tools.suite.Table;
import org.coopsuite.tools.trace.ParkedInPath.InPath;
import org.coopsuite.tools.trace.Projections.Standing;

/**
 * The part of a trace after its events: where the projections stand and the parked dead
 * letters in its path; as two small tables, or with {@code --json} as JSON lines
 * {@code {"projection": {...}}} and {@code {"parked": {...}}}.
 */
final class TraceReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TraceQuery query;
    private final PrintStream out;

    TraceReport(TraceQuery query, PrintStream out) {
        this.query = query;
        this.out = out;
    }

    void projections(List<Standing> standings, boolean json) {
        if (json) {
            for (Standing s : standings) {
                ObjectNode line = JSON.createObjectNode();
                ObjectNode projection = line.putObject("projection").put("service", s.service()).put("aggregate", s.aggregate())
                        .put("path", s.path());
                s.state().ifPresent(state -> projection.put("state", state));
                s.version().ifPresent(version -> projection.put("version", version));
                s.lastEvent().ifPresent(last -> projection.put("lastEventVersion", last));
                if (!s.note().isEmpty()) {
                    projection.put("note", s.note());
                }
                out.println(line);
            }
            return;
        }
        out.println();
        out.println("where the projections of " + query.label() + " stand:");
        Table table = new Table("  SERVICE", "AGGREGATE", "STANDING");
        standings.forEach(s -> table.row("  " + s.service(), s.aggregate(), s.text()));
        table.print(out);
    }

    void parked(List<InPath> parked, boolean json) {
        if (json) {
            for (InPath p : parked) {
                ObjectNode line = JSON.createObjectNode();
                ObjectNode entry = line.putObject("parked").put("service", p.service());
                if (p.all().count() == null) {
                    entry.put("note", p.all().note());
                } else {
                    entry.put("parkedInAll", p.all().count());
                    ArrayNode items = entry.putArray("inPath");
                    p.inPath().forEach(items::add);
                }
                out.println(line);
            }
            return;
        }
        out.println();
        out.println("parked dead letters in its path:");
        Table table = new Table("  SERVICE", "PARKED");
        parked.forEach(p -> {
            table.row("  " + p.service(), p.text());
            p.items().forEach(item -> table.row("", "  " + item));
        });
        table.print(out);
    }
}

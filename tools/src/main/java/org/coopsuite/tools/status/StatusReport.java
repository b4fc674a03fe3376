package org.coopsuite.tools.status;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.coopsuite.tools.suite.Table;

/**
 * {@code status}'s output: a table per service, then one of the consumer groups' lag (with
 * {@code -v} each partition and each outbox collection too), then what is wrong; or one JSON
 * object with {@code --json}.
 *
 * @param services  what was found of each service
 * @param kafkaNote why the lag is missing (Kafka unreachable), or empty
 */
record StatusReport(List<ServiceStatus> services, String kafkaNote) {

    private static final ObjectMapper JSON = new ObjectMapper();

    StatusReport {
        services = List.copyOf(services);
    }

    /** Healthy: every service UP, none with a parked sequence, Kafka read. */
    boolean healthy() {
        return kafkaNote.isEmpty() && services.stream().noneMatch(ServiceStatus::problem);
    }

    void printTable(PrintStream out, boolean verbose) {
        Table table = new Table("SERVICE", "HEALTH", "OUTBOX", "OLDEST", "DEAD LETTERS", "PARKED");
        for (ServiceStatus s : services) {
            boolean metrics = !s.outbox().isEmpty() || s.deadLetters().isPresent();
            table.row(s.service().name(), s.health(), metrics ? String.valueOf(s.backlog()) : "-",
                    metrics ? age(s.oldestAgeSeconds()) : "-", s.deadLetters().map(d -> String.valueOf(Math.round(d))).orElse("-"),
                    s.parked().text());
            if (verbose) {
                s.outbox().forEach((collection, o) -> table.row("  outbox " + collection, "", String.valueOf(o.backlog()),
                        age(o.oldestAgeSeconds()), "", ""));
            }
        }
        table.print(out);
        out.println();
        Table lags = new Table("GROUP", "TOPIC", "LAG");
        for (ServiceStatus s : services) {
            for (Lag.OfGroup group : s.groups()) {
                for (Lag.OfTopic topic : group.topics()) {
                    lags.row(group.group(), topic.topic(), topic.lag() + (topic.committed() ? "" : " (no offsets committed)"));
                    if (verbose) {
                        topic.partitions().forEach(p -> lags.row("", "  partition " + p.partition(), p.lag()
                                + "  (committed " + (p.committed() == null ? "none" : p.committed()) + ", end " + p.end() + ")"));
                    }
                }
            }
        }
        if (kafkaNote.isEmpty()) {
            lags.print(out);
        } else {
            out.println("consumer lag: " + kafkaNote);
        }
        problems().forEach(problem -> out.println("! " + problem));
    }

    void printJson(PrintStream out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("healthy", healthy());
        if (!kafkaNote.isEmpty()) {
            root.put("kafka", kafkaNote);
        }
        ArrayNode list = root.putArray("services");
        for (ServiceStatus s : services) {
            ObjectNode service = list.addObject();
            service.put("service", s.service().name());
            service.put("health", s.health());
            if (!s.healthNote().isEmpty()) {
                service.put("healthNote", s.healthNote());
            }
            ObjectNode outbox = service.putObject("outbox");
            s.outbox().forEach((collection, o) -> outbox.putObject(collection).put("backlog", o.backlog())
                    .put("oldestAgeSeconds", o.oldestAgeSeconds()));
            s.deadLetters().ifPresent(d -> service.put("deadLetters", Math.round(d)));
            ObjectNode parked = service.putObject("parked");
            if (s.parked().count() != null) {
                parked.put("count", s.parked().count());
            } else {
                parked.put("note", s.parked().note());
            }
            ArrayNode groups = service.putArray("groups");
            for (Lag.OfGroup g : s.groups()) {
                ObjectNode group = groups.addObject().put("group", g.group()).put("lag", g.lag());
                ArrayNode topics = group.putArray("topics");
                for (Lag.OfTopic t : g.topics()) {
                    ArrayNode partitions = topics.addObject().put("topic", t.topic()).put("lag", t.lag()).putArray("partitions");
                    t.partitions().forEach(p -> partitions.addObject().put("partition", p.partition())
                            .putPOJO("committed", p.committed()).put("end", p.end()).put("lag", p.lag()));
                }
            }
        }
        out.println(root);
    }

    /** One line per thing that makes the check fail. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (ServiceStatus s : services) {
            String name = s.service().name();
            if (!s.up()) {
                problems.add(name + " is " + s.health() + (s.healthNote().isEmpty() ? "" : ": " + s.healthNote())
                        + " (" + s.service().managementUrl() + "/actuator/health)");
            }
            if (s.parked().problem()) {
                problems.add(name + ": parked sequences " + s.parked().text());
            }
        }
        if (!kafkaNote.isEmpty()) {
            problems.add("consumer lag not read: " + kafkaNote);
        }
        return problems;
    }

    static String age(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1fs", seconds);
        }
        long whole = Math.round(seconds);
        return whole < 3600 ? String.format(Locale.ROOT, "%dm%02ds", whole / 60, whole % 60)
                : String.format(Locale.ROOT, "%dh%02dm", whole / 3600, whole % 3600 / 60);
    }
}

package org.coopsuite.tools.rebuild;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.tools.dlq.OperatorApi;
import org.coopsuite.tools.dlq.OperatorApi.Answer;
import org.coopsuite.tools.dlq.OperatorApi.Unreachable;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.SuiteOptions;
import org.coopsuite.tools.suite.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rebuild SERVICE PROJECTION [--dry-run]}: rebuilds a service's projection from its topics
 * through the service's operator endpoints, following its progress until it is swapped in (or,
 * for a dry run, compared); {@code rebuild --list [SERVICE]} lists the projections.
 */
@Command(name = "rebuild", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = "Rebuilds a service's projection from its topics beside the live one, then swaps it in"
                + " (--dry-run: compares it with the live one instead). --list: the projections.")
public final class RebuildCommand implements Callable<Integer> {

    static final String PROJECTIONS = "/api/operator/projections";
    static final String REBUILDS = "/api/operator/rebuilds";

    @Parameters(index = "0", arity = "0..1", paramLabel = "SERVICE", description = "call-service (or call), funding-service, dialogue-service.")
    String service;

    @Parameters(index = "1", arity = "0..1", paramLabel = "PROJECTION", description = "The projection's collection, as --list shows it.")
    String projection;

    @Option(names = "--dry-run", description = "Rebuild beside the live projection, print the differences, swap nothing.")
    boolean dryRun;

    @Option(names = "--list", description = "List the projections (of SERVICE, or of every service).")
    boolean list;

    @Option(names = "--interval", defaultValue = "1s", paramLabel = "<duration>",
            description = "How often the progress is asked for (plain lines: every 5 of them). Default: ${DEFAULT-VALUE}.")
    Duration interval;

    @Mixin
    SuiteOptions suite = new SuiteOptions();

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final boolean terminal;

    /** @param terminal whether to redraw one progress bar in place rather than print plain lines */
    public RebuildCommand(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        try {
            OperatorApi api = new OperatorApi(suite.bearer().token()
                    .orElseThrow(() -> new IllegalStateException(suite.bearer().missing())));
            if (list || projection == null) {
                return list(api);
            }
            return rebuild(api, service(service));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("rebuild: " + e.getMessage());
            return CommandLines.USAGE;
        } catch (Unreachable | IllegalStateException e) {
            spec.commandLine().getErr().println("rebuild: " + e.getMessage());
            return CommandLines.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLines.FAILED;
        }
    }

    private int list(OperatorApi api) throws Unreachable, InterruptedException {
        Table table = new Table("SERVICE", "PROJECTION", "TOPICS", "VIEW");
        for (Service each : service == null ? suite.services() : List.of(service(service))) {
            Answer answer = api.get(each.apiUrl() + PROJECTIONS);
            if (!answer.ok()) {
                throw new IllegalStateException(each.name() + ": " + answer.problem());
            }
            for (JsonNode p : answer.body()) {
                List<String> topics = new ArrayList<>();
                p.get("topics").forEach(topic -> topics.add(topic.asText()));
                table.row(each.name(), p.get("collection").asText(), String.join(",", topics), p.get("viewType").asText());
            }
        }
        table.print(out);
        out.flush();
        return CommandLines.OK;
    }

    private int rebuild(OperatorApi api, Service target) throws Unreachable, InterruptedException {
        Answer started = api.post(target.apiUrl() + PROJECTIONS + "/" + projection + "/rebuilds",
                OperatorApi.json(Map.of("dryRun", dryRun)));
        if (!started.ok()) {
            throw new IllegalStateException(target.name() + ": " + started.problem());
        }
        String url = target.apiUrl() + REBUILDS + "/" + started.body().get("id").asText();
        Thread cancelOnInterrupt = new Thread(() -> cancel(api, url), "coop-rebuild-cancel");
        Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
        JsonNode rebuild = started.body();
        try {
            out.printf("%s %s of %s on %s (%s)%n", dryRun ? "Dry run" : "Rebuild", rebuild.get("id").asText(),
                    projection, target.name(), String.join(",", RebuildReport.topics(rebuild)));
            out.flush();
            for (int polls = 0; !RebuildReport.done(rebuild); polls++) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(interval.toMillis()));
                Answer answer = api.get(url);
                if (!answer.ok()) {
                    throw new IllegalStateException(target.name() + ": " + answer.problem());
                }
                rebuild = answer.body();
                if (terminal) {
                    out.print("\r" + Progress.bar(read(rebuild), total(rebuild), rate(rebuild)) + "  "
                            + rebuild.get("state").asText() + "   ");
                    out.flush();
                } else if (polls % 5 == 4 || RebuildReport.done(rebuild)) {
                    out.println(Progress.plain(read(rebuild), total(rebuild), rate(rebuild)) + "  "
                            + rebuild.get("state").asText());
                    out.flush();
                }
            }
        } finally {
            removeHook(cancelOnInterrupt);
        }
        if (terminal) {
            out.println();
        }
        RebuildReport.lines(rebuild).forEach(out::println);
        out.flush();
        return RebuildReport.succeeded(rebuild) ? CommandLines.OK : CommandLines.FAILED;
    }

    private Service service(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name a service and a projection (--list shows them)");
        }
        String full = name.endsWith("-service") ? name : name + "-service";
        return suite.services().stream().filter(s -> s.name().equals(full)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service '" + name + "'"));
    }

    // Ctrl-C while following: the rebuild is cancelled, so that nothing goes on unwatched.
    private static void cancel(OperatorApi api, String url) {
        try {
            api.post(url + "/cancellation", null);
        } catch (Unreachable | InterruptedException e) {
            // the JVM is going: nothing more to do
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // shutting down already
        }
    }

    private static long read(JsonNode rebuild) {
        return rebuild.get("eventsRead").asLong();
    }

    private static long total(JsonNode rebuild) {
        return rebuild.get("totalAtStart").asLong();
    }

    private static double rate(JsonNode rebuild) {
        return rebuild.get("eventsPerSecond").asDouble();
    }
}

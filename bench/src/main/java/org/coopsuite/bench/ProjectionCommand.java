package org.coopsuite.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopsuite.bench.projection.BenchStack;
import org.coopsuite.bench.projection.ProjectionThroughput;
import org.coopsuite.bench.projection.ProjectionThroughput.Path;
import org.coopsuite.bench.projection.ProjectionThroughput.PathResult;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.PositiveIntConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code throughput} and {@code rebuild}: one feed of events, then each path consumes all of it,
 * run after run; prints each run, then the table. They differ in their defaults only.
 */
abstract class ProjectionCommand implements Callable<Integer> {

    @Option(names = "--aggregates", defaultValue = "10000", paramLabel = "<n>", converter = PositiveIntConverter.class,
            description = "Aggregates the events are spread over. Default: ${DEFAULT-VALUE}.")
    int aggregates;

    @Option(names = "--backend", defaultValue = "memory", paramLabel = "<backend>",
            description = "The server: ${COMPLETION-CANDIDATES} (any case; h2 commits each write before its answer,"
                    + " h2_deferred about once a second, as before issue 25; mongodb runs a real MongoDB where Docker"
                    + " answers). Default: ${DEFAULT-VALUE}.")
    BenchStack.Backend backend;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "<n>", converter = PositiveIntConverter.class,
            description = "Runs, each on a fresh stack. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Spec
    CommandSpec spec;

    abstract int events();

    abstract List<Path> paths();

    @Override
    public Integer call() {
        try {
            return report(spec.name(), events(), paths());
        } catch (IllegalStateException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return CommandLines.USAGE;
        }
    }

    private int report(String name, int events, List<Path> paths) {
        System.out.printf("%s: %,d events over %,d aggregates, backend %s, %d runs, %d cores, Java %s%n", name, events,
                aggregates, backend, runs, Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<List<PathResult>> all = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            int n = run;
            List<PathResult> results = ProjectionThroughput.run(backend, events, aggregates, paths);
            results.forEach(r -> System.out.printf("  run %d %-17s %,10.0f events/s  (%s)%n", n, r.path(), r.eventsPerSecond(),
                    r.countedEveryEventOnce(aggregates) ? "every event counted once" : "WRONG COUNT " + r.count()));
            all.add(results);
        }
        System.out.println(ThroughputTable.render(all, paths));
        boolean correct = all.stream().flatMap(List::stream).allMatch(r -> r.countedEveryEventOnce(aggregates));
        return correct ? CommandLines.OK : CommandLines.FAILED;
    }

    @Command(name = "throughput", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
            description = "Projection throughput of each path against the raw ceiling.")
    static final class Throughput extends ProjectionCommand {

        @Option(names = "--events", defaultValue = "500000", paramLabel = "<n>", converter = PositiveIntConverter.class,
                description = "Events in the feed. Default: ${DEFAULT-VALUE}.")
        int events;

        @Option(names = "--paths", defaultValue = "raw,platform,record_at_a_time", split = ",", paramLabel = "<path>",
                description = "The paths measured, comma-separated: ${COMPLETION-CANDIDATES} (any case). Default: ${DEFAULT-VALUE}.")
        List<Path> paths;

        @Override
        int events() {
            return events;
        }

        @Override
        List<Path> paths() {
            return paths;
        }
    }

    @Command(name = "rebuild", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
            description = "Rebuilding a projection from a long topic: the raw ceiling, the platform's consumer, and the"
                    + " platform's rebuild job (./coop rebuild's: a shadow collection, then the swap).")
    static final class Rebuild extends ProjectionCommand {

        @Option(names = "--events", defaultValue = "1000000", paramLabel = "<n>", converter = PositiveIntConverter.class,
                description = "Events in the feed. Default: ${DEFAULT-VALUE}.")
        int events;

        @Option(names = "--paths", defaultValue = "raw,platform,rebuild", split = ",", paramLabel = "<path>",
                description = "The paths measured, comma-separated: ${COMPLETION-CANDIDATES} (any case). Default: ${DEFAULT-VALUE}.")
        List<Path> paths;

        @Override
        int events() {
            return events;
        }

        @Override
        List<Path> paths() {
            return paths;
        }
    }
}

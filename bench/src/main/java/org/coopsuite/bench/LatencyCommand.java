package org.coopsuite.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopsuite.bench.latency.LatencyBenchmark;
import org.coopsuite.bench.latency.LatencyTable;
import org.coopsuite.bench.projection.BenchStack;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.PositiveIntConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code latency}: commands over HTTP into call-service at a steady rate, observed in
 * funding-service's projection, against the raw produce-to-upsert latency at the same rate.
 * The services run from their jars under {@code coop.bench.root} ({@code ./coop} sets it).
 */
@Command(name = "latency", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = "Command-to-projection latency at a steady rate, against the raw ceiling.")
final class LatencyCommand implements Callable<Integer> {

    @Option(names = "--rate", defaultValue = "500", paramLabel = "<per-second>", converter = PositiveIntConverter.class,
            description = "Commands per second. Default: ${DEFAULT-VALUE}.")
    int rate;

    @Option(names = "--warm-up-seconds", defaultValue = "120", paramLabel = "<seconds>",
            description = "The ramp from nothing up to the rate. Default: ${DEFAULT-VALUE}.")
    long warmUpSeconds;

    @Option(names = "--settle-seconds", defaultValue = "900", paramLabel = "<seconds>",
            description = "After the ramp, at most this long at the rate until the compilers are quiet. Default: ${DEFAULT-VALUE}.")
    long settleSeconds;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "<seconds>",
            description = "Measured at the rate. Default: ${DEFAULT-VALUE}.")
    long seconds;

    @Option(names = "--backend", defaultValue = "memory", paramLabel = "<backend>",
            description = "The server: ${COMPLETION-CANDIDATES} (h2 is the local stack's file store, each write committed"
                    + " before its answer; h2_deferred the H2 store committing about once a second, as before issue 25;"
                    + " mongodb a real MongoDB where Docker answers). Default: ${DEFAULT-VALUE}.")
    BenchStack.Backend backend;

    @Option(names = "--runs", defaultValue = "3", paramLabel = "<n>", converter = PositiveIntConverter.class,
            description = "Runs, each on a fresh stack. Default: ${DEFAULT-VALUE}.")
    int runs;

    @Override
    public Integer call() {
        Duration warmUp = Duration.ofSeconds(warmUpSeconds);
        Duration settleAtMost = Duration.ofSeconds(settleSeconds);
        Duration measured = Duration.ofSeconds(seconds);
        Path root = Path.of(System.getProperty("coop.bench.root", "")).toAbsolutePath();
        String version = System.getProperty("coop.bench.version");
        System.out.printf("latency: %d commands/s for %s after %s of warm-up (then at most %s until the compilers are quiet), "
                + "backend %s, %d runs, %d cores, Java %s%n", rate, measured, warmUp, settleAtMost, backend, runs,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<LatencyBenchmark.Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            LatencyBenchmark.Result result = LatencyBenchmark.run(root, version, backend, rate, warmUp, settleAtMost, measured);
            System.out.printf("  run %d raw %s%n  run %d service %s, failed commands %d %s, never seen in the projection %d%n"
                    + "  run %d of which until call-service answered %s%n  run %d and until the event was on the call topic %s%n"
                    + "  run %d CPU per measured command: %s%n",
                    run, result.raw(), run, result.service(), result.failedCommands(), result.failureCauses(),
                    result.unobserved(), run, result.accepted(), run, result.published(), run, result.cpuPerCommand());
            results.add(result);
        }
        System.out.println(LatencyTable.render(results));
        boolean clean = results.stream().allMatch(r -> r.failedCommands() == 0 && r.unobserved() == 0);
        return clean ? CommandLines.OK : CommandLines.FAILED;
    }
}

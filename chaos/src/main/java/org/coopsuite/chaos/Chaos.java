package org.coopsuite.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.NonNegativeIntConverter;
import org.coopsuite.cli.PositiveIntConverter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./coop chaos}: the fault-injected run of issue 25. Starts the local stack and the three
 * services as processes on ports of their own, walks cooperation threads against them while a
 * seeded schedule kills services and the stack and pauses MongoDB, then audits the suite and
 * checks every acknowledged command's effect exactly once. Exit 0 only when clean.
 */
@Command(name = "chaos", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = {"A fault-injected run: cooperation threads against the local stack and the three services, each its "
                + "own process on ports of its own (beside ./coop run), while a seeded schedule kill -9s services and the "
                + "stack (restarting them) and pauses MongoDB; then ./coop audit --wait and a check that every command "
                + "answered 2xx has its effect exactly once. The same seed replays the same schedule (not the threads' "
                + "interleaving).",
            "Exit 0 when nothing was lost or duplicated and the audit is clean, 1 otherwise."})
public final class Chaos implements Callable<Integer> {

    @Option(names = "--threads", defaultValue = "200", paramLabel = "<n>", converter = PositiveIntConverter.class,
            description = "Cooperation threads. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--seconds", defaultValue = "300", paramLabel = "<seconds>", converter = PositiveIntConverter.class,
            description = "How long the threads start new steps; the faults fall in this window. Default: ${DEFAULT-VALUE}.")
    int seconds;

    @Option(names = "--service-kills", defaultValue = "10", paramLabel = "<n>", converter = NonNegativeIntConverter.class,
            description = "SIGKILLs of a random service (each restarted). Default: ${DEFAULT-VALUE}.")
    int serviceKills;

    @Option(names = "--stack-kills", defaultValue = "2", paramLabel = "<n>", converter = NonNegativeIntConverter.class,
            description = "SIGKILLs of the local stack (each restarted). Default: ${DEFAULT-VALUE}.")
    int stackKills;

    @Option(names = "--mongo-pauses", defaultValue = "1", paramLabel = "<n>", converter = NonNegativeIntConverter.class,
            description = "Stalls of every MongoDB connection, 3 to 8 s each. Default: ${DEFAULT-VALUE}.")
    int mongoPauses;

    @Option(names = "--seed", paramLabel = "<n>", description = "The schedule's seed. Default: a new one, printed.")
    Long seed;

    @Option(names = "--keep-data", description = "Keep the run's data directory (printed) instead of deleting it.")
    boolean keepData;

    public static void main(String[] args) {
        System.exit(CommandLines.execute(new CommandLine(new Chaos()), System.out, System.err, args));
    }

    /** The schedule these options ask for. */
    FaultSchedule schedule() {
        long chosen = seed != null ? seed : System.nanoTime();
        return FaultSchedule.plan(chosen, Duration.ofSeconds(seconds), serviceKills, stackKills, mongoPauses);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path root = Path.of(System.getProperty("coop.chaos.root", "")).toAbsolutePath();
        String version = System.getProperty("coop.chaos.version", CoopVersion.class.getPackage().getImplementationVersion());
        FaultSchedule schedule = schedule();
        Path data = Files.createTempDirectory("coop-chaos-");
        Path logs = root.resolve("chaos/target/chaos-logs/" + data.getFileName());
        System.out.printf("chaos: seed %d, %d threads for %d s, data in %s, logs in %s%nchaos: schedule %s%n",
                schedule.seed(), threads, seconds, data, logs, schedule.faults());
        ChaosResult result;
        try (Suite suite = Suite.start(root, version, data, logs)) {
            System.out.println("chaos: the suite is up; cooperation threads start");
            result = new ChaosRun(suite, schedule, threads, Duration.ofSeconds(seconds), System.out).run();
        } finally {
            if (keepData) {
                System.out.println("chaos: data kept in " + data);
            } else {
                delete(data);
            }
        }
        result.print(System.out);
        Path findings = logs.resolve("findings.txt");
        Files.write(findings, result.findings());
        System.out.println("chaos: every lost and duplicated effect and the audit's printout in " + findings);
        return result.clean() ? CommandLines.OK : CommandLines.FAILED;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}

package org.coopsuite.bench;

import java.util.concurrent.Callable;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The benchmarks' command line ({@code ./coop bench ...}); see docs/benchmarks.md.
 *
 * <pre>
 * throughput [--events 500000] [--aggregates 10000] [--backend memory|h2|mongodb] [--runs 3] [--paths raw,platform,record_at_a_time]
 * rebuild    [--events 1000000] [--aggregates 10000] [--backend memory|h2|mongodb] [--runs 3] [--paths raw,platform,rebuild]
 * latency    [--rate 500] [--warm-up-seconds 120] [--settle-seconds 900] [--seconds 30] [--runs 3]
 * live       [--events 100] [--warm-up 20]
 * selection  [proposals] [warm-up] [measured]
 * </pre>
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class,
        description = "Benchmarks, each on a fresh embedded broker and server (docs/benchmarks.md).",
        subcommands = {ProjectionCommand.Throughput.class, ProjectionCommand.Rebuild.class, LatencyCommand.class,
                LiveCommand.class, SelectionCommand.class, ReferencesCommand.class, HelpCommand.class})
public final class Bench implements Callable<Integer> {

    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        // The JDK's HttpClient completes every sendAsync on CompletableFuture's default executor,
        // which on two cores (a common pool of parallelism 1) starts a new thread per task: a
        // thread per command of the latency benchmark, in the JVM whose CPU it counts.
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
        System.exit(CommandLines.execute(new CommandLine(new Bench()), System.out, System.err, args));
    }

    /** No benchmark named: say so, with the usage that lists them. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Name a benchmark");
    }
}

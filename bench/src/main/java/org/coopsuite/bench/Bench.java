package org.coopsuite.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopsuite.bench.latency.LatencyBenchmark;
import org.coopsuite.bench.latency.LatencyTable;
import org.coopsuite.bench.projection.BenchStack;
import org.coopsuite.bench.projection.ProjectionThroughput;
import org.coopsuite.bench.projection.ProjectionThroughput.Path;
import org.coopsuite.bench.projection.ProjectionThroughput.PathResult;

/**
 * The benchmarks' command line ({@code ./coop bench ...}); see docs/benchmarks.md.
 *
 * <pre>
 * throughput [--events 500000] [--aggregates 10000] [--backend memory|h2|mongodb] [--runs 3] [--paths raw,platform,record_at_a_time]
 * rebuild    [--events 1000000] [--aggregates 10000] [--backend memory|h2|mongodb] [--runs 3]
 * latency    [--rate 500] [--warm-up-seconds 120] [--settle-seconds 900] [--seconds 30] [--runs 3]
 * selection  [proposals] [warm-up] [measured]
 * </pre>
 */
public final class Bench {

    private static final String COMMON_POOL_PARALLELISM = "java.util.concurrent.ForkJoinPool.common.parallelism";

    private Bench() {
    }

    public static void main(String[] args) {
        // The JDK's HttpClient completes every sendAsync on CompletableFuture's default executor,
        // which on two cores (a common pool of parallelism 1) starts a new thread per task: a
        // thread per command of the latency benchmark, in the JVM whose CPU it counts.
        if (System.getProperty(COMMON_POOL_PARALLELISM) == null) {
            System.setProperty(COMMON_POOL_PARALLELISM, "2");
        }
        if (args.length > 0 && args[0].equals("selection")) {
            SelectionBenchmark.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 0 || !List.of("throughput", "rebuild", "latency").contains(args[0])) {
            System.err.println("usage: bench throughput|rebuild [--events N] [--aggregates N] [--backend memory|h2|mongodb] "
                    + "[--runs N] [--paths raw,platform,record_at_a_time]\n"
                    + "       bench latency [--rate 500] [--warm-up-seconds 120] [--settle-seconds 900] [--seconds 30] [--runs 3]\n"
                    + "       bench selection [proposals] [warm-up] [measured]");
            System.exit(2);
        }
        if (args[0].equals("latency")) {
            System.exit(latency(options(Arrays.copyOfRange(args, 1, args.length))));
        }
        boolean rebuild = args[0].equals("rebuild");
        Map<String, String> options = options(Arrays.copyOfRange(args, 1, args.length));
        int events = Integer.parseInt(options.getOrDefault("events", rebuild ? "1000000" : "500000"));
        int aggregates = Integer.parseInt(options.getOrDefault("aggregates", "10000"));
        BenchStack.Backend backend = BenchStack.Backend.valueOf(options.getOrDefault("backend", "memory").toUpperCase(Locale.ROOT));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        List<Path> paths = Arrays.stream(options.getOrDefault("paths", rebuild ? "raw,platform" : "raw,platform,record_at_a_time")
                .split(",")).map(p -> Path.valueOf(p.trim().toUpperCase(Locale.ROOT))).toList();
        try {
            System.exit(report(args[0], backend, events, aggregates, runs, paths));
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    private static int report(String name, BenchStack.Backend backend, int events, int aggregates, int runs, List<Path> paths) {
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
        return correct ? 0 : 1;
    }

    private static int latency(Map<String, String> options) {
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(options.getOrDefault("warm-up-seconds", "120")));
        Duration settleAtMost = Duration.ofSeconds(Long.parseLong(options.getOrDefault("settle-seconds", "900")));
        Duration measured = Duration.ofSeconds(Long.parseLong(options.getOrDefault("seconds", "30")));
        int runs = Integer.parseInt(options.getOrDefault("runs", "3"));
        java.nio.file.Path root = java.nio.file.Path.of(System.getProperty("coop.bench.root", "")).toAbsolutePath();
        String version = System.getProperty("coop.bench.version");
        System.out.printf("latency: %d commands/s for %s after %s of warm-up (then at most %s until the compilers are quiet), "
                + "%d runs, %d cores, Java %s%n", rate, measured, warmUp, settleAtMost, runs,
                Runtime.getRuntime().availableProcessors(), Runtime.version());
        List<LatencyBenchmark.Result> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            LatencyBenchmark.Result result = LatencyBenchmark.run(root, version, rate, warmUp, settleAtMost, measured);
            System.out.printf("  run %d raw %s%n  run %d service %s, failed commands %d %s, never seen in the projection %d%n"
                    + "  run %d of which until call-service answered %s%n  run %d and until the event was on the call topic %s%n"
                    + "  run %d CPU per measured command: %s%n",
                    run, result.raw(), run, result.service(), result.failedCommands(), result.failureCauses(),
                    result.unobserved(), run, result.accepted(), run, result.published(), run, result.cpuPerCommand());
            results.add(result);
        }
        System.out.println(LatencyTable.render(results));
        return results.stream().allMatch(r -> r.failedCommands() == 0 && r.unobserved() == 0) ? 0 : 1;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("Expected an option, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}

package org.coopsuite.bench;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.coopsuite.bench.latency.VisibleLatency;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.NonNegativeIntConverter;
import org.coopsuite.cli.PositiveIntConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code live}: event to visible on a dashboard page open in headless Chromium, one event at a
 * time, over the whole suite as processes ({@link VisibleLatency}). Needs Debian's chromium and
 * chromium-driver; the parts run from their jars under {@code coop.bench.root}.
 */
@Command(name = "live", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = "Event to visible on an open dashboard page (headless Chromium), p50/p95/p99.")
final class LiveCommand implements Callable<Integer> {

    @Option(names = "--events", defaultValue = "100", paramLabel = "<n>", converter = PositiveIntConverter.class,
            description = "Measured events, one at a time. Default: ${DEFAULT-VALUE}.")
    int events;

    @Option(names = "--warm-up", defaultValue = "20", paramLabel = "<n>", converter = NonNegativeIntConverter.class,
            description = "Events before the measured ones, not counted. Default: ${DEFAULT-VALUE}.")
    int warmUp;

    @Override
    public Integer call() {
        Path root = Path.of(System.getProperty("coop.bench.root", "")).toAbsolutePath();
        String version = System.getProperty("coop.bench.version");
        System.out.printf("live: %d events after %d of warm-up, a call's page open in headless Chromium, %d cores, Java %s%n",
                events, warmUp, Runtime.getRuntime().availableProcessors(), Runtime.version());
        VisibleLatency.Result result = VisibleLatency.run(root, version, events, warmUp);
        System.out.print(result.table());
        System.out.printf("not visible within %s: %d%n", VisibleLatency.VISIBLE_WITHIN, result.missed());
        return result.missed() == 0 ? CommandLines.OK : CommandLines.FAILED;
    }
}

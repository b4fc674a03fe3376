package org.coopsuite.tools.latency;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.PositiveIntConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code latency}: times call mandates to funding-service's projection on a running suite (see {@link MandateLatency}). */
@Command(name = "latency", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = "On a running suite: the time from a call mandate to the call in funding-service's view, one mandate at a time.")
public final class LatencyCommand implements Callable<Integer> {

    @Option(names = "--count", defaultValue = "100", paramLabel = "<n>", converter = PositiveIntConverter.class,
            description = "Mandates measured, after one not counted. Default: ${DEFAULT-VALUE}.")
    int count;

    @Option(names = "--data-dir", defaultValue = "var", paramLabel = "<dir>",
            description = "The local stack's data directory, whose keys/ signs the tokens. Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Option(names = "--dialogue-url", defaultValue = "http://localhost:8083", paramLabel = "<url>",
            description = "dialogue-service. Default: ${DEFAULT-VALUE}.")
    String dialogueUrl;

    @Option(names = "--funding-url", defaultValue = "http://localhost:8082", paramLabel = "<url>",
            description = "funding-service. Default: ${DEFAULT-VALUE}.")
    String fundingUrl;

    @Spec
    CommandSpec spec;

    private final PrintStream out;

    /** @param out where the figures go */
    public LatencyCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        try {
            List<Double> millis = new MandateLatency(dialogueUrl, fundingUrl, dataDir).measure(count);
            MandateLatency.report(millis, out);
            return CommandLines.OK;
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("latency: " + (e.getMessage() != null ? e.getMessage() : e.toString())
                    + " (is the suite running? ./coop run)");
            return CommandLines.FAILED;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CommandLines.FAILED;
        }
    }
}

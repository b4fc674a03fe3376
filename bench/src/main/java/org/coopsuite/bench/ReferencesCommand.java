package org.coopsuite.bench;

import java.util.concurrent.Callable;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.PositiveIntConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code references [proposals] [warm-up] [measured]}: times the consumers' reference check (see {@link ReferencesBenchmark}). */
@Command(name = "references", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class,
        description = "Times the reference check every consumer runs on an event, on a small one and on a call's "
                + "results (no broker, no server).")
final class ReferencesCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "5000", paramLabel = "proposals", converter = PositiveIntConverter.class,
            description = "Proposals in the call's results. Default: ${DEFAULT-VALUE}.")
    int proposals;

    @Parameters(index = "1", arity = "0..1", defaultValue = "2000", paramLabel = "warm-up", converter = PositiveIntConverter.class,
            description = "Checks of each event not measured, for the JIT. Default: ${DEFAULT-VALUE}.")
    int warmUp;

    @Parameters(index = "2", arity = "0..1", defaultValue = "2000", paramLabel = "measured", converter = PositiveIntConverter.class,
            description = "Checks of each event measured. Default: ${DEFAULT-VALUE}.")
    int measured;

    @Override
    public Integer call() {
        System.out.printf("reference check (EventReferences.check), %d warm-up, %d measured checks of each event (Java %s, "
                + "%d cores)%n", warmUp, measured, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        for (ReferencesBenchmark.Result result : ReferencesBenchmark.run(proposals, warmUp, measured)) {
            System.out.printf("%-40s median %10.1f us, p99 %10.1f us, max %10.1f us%n", result.event(), result.micros(0.5),
                    result.micros(0.99), result.micros(1.0));
        }
        return CommandLines.OK;
    }
}

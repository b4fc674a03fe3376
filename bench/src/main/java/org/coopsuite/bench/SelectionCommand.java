package org.coopsuite.bench;

import java.util.concurrent.Callable;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.cli.PositiveIntConverter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code selection [proposals] [warm-up] [measured]}: times call-service's selection (see {@link SelectionBenchmark}). */
@Command(name = "selection", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class,
        description = "Times call-service's selection over a call's evaluated proposals (no broker, no server).")
final class SelectionCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", defaultValue = "5000", paramLabel = "proposals", converter = PositiveIntConverter.class,
            description = "Evaluated proposals. Default: ${DEFAULT-VALUE}.")
    int proposals;

    @Parameters(index = "1", arity = "0..1", defaultValue = "200", paramLabel = "warm-up", converter = PositiveIntConverter.class,
            description = "Iterations not measured, for the JIT. Default: ${DEFAULT-VALUE}.")
    int warmUp;

    @Parameters(index = "2", arity = "0..1", defaultValue = "500", paramLabel = "measured", converter = PositiveIntConverter.class,
            description = "Iterations measured. Default: ${DEFAULT-VALUE}.")
    int measured;

    @Override
    public Integer call() {
        SelectionBenchmark.Result result = SelectionBenchmark.run(proposals, warmUp, measured, 42);
        System.out.printf("selection of %d evaluated proposals (%d individual evaluations and a consensus each), "
                + "%d warm-up, %d measured iterations (Java %s, %d cores)%n", proposals, SelectionBenchmark.EVALUATIONS,
                warmUp, measured, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("median %.3f ms, p99 %.3f ms, max %.3f ms; %d selected, %d reserve, %d rejected%n",
                result.millis(0.5), result.millis(0.99), result.millis(1.0), result.outcome().selected().size(),
                result.outcome().reserve().size(), result.outcome().rejected().size());
        return CommandLines.OK;
    }
}

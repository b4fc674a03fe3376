package org.coopsuite.tools;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.tools.audit.AuditCommand;
import org.coopsuite.tools.dlq.DlqCommand;
import org.coopsuite.tools.latency.LatencyCommand;
import org.coopsuite.tools.rebuild.RebuildCommand;
import org.coopsuite.tools.status.StatusCommand;
import org.coopsuite.tools.tail.Tail;
import org.coopsuite.tools.tail.TailCommand;
import org.coopsuite.tools.trace.TraceCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The operators' and developers' commands, one jar: {@code java -jar tools-<version>-exec.jar
 * <command> [options]}. Commands: {@code tail} (events of topics as JSON lines), {@code status}
 * (health, outbox, parked sequences and consumer lag per service), {@code trace} (one cooperation
 * across the topics and the projections), {@code dlq} (the services' parked sequences: list, show,
 * retry, evict), {@code rebuild} (a service's projection rebuilt from its topics and swapped in, or
 * compared with the live one), {@code latency} (mandate-to-projection time on a running suite), {@code audit} (the
 * log and the stores checked against each other); {@code --help} on
 * each. Standard output carries only a command's results, so it can be piped; messages go to
 * standard error. Exit codes: {@value #OK} done, {@value #FAILED} failed (e.g. Kafka or a service
 * unreachable; for {@code status}: a service unhealthy or a sequence parked), {@value #USAGE} bad usage.
 */
@Command(name = "java -jar tools-<version>-exec.jar", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class,
        description = "The operators' and developers' commands.")
public final class Tools implements Callable<Integer> {

    static final int OK = CommandLines.OK;
    static final int FAILED = CommandLines.FAILED;
    static final int USAGE = CommandLines.USAGE;

    // A name of its own, not logback.xml: the plain jar may sit on other classpaths.
    private static final String LOGGING_CONFIG = "coop-tools-logback.xml";

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;
    private final Consumer<Tail> whileTailing;

    /**
     * @param whileTailing told of a tail before it starts, e.g. to stop it on Ctrl-C
     */
    Tools(PrintStream out, PrintStream err, Map<String, String> env, Consumer<Tail> whileTailing) {
        this.out = out;
        this.err = err;
        this.env = env;
        this.whileTailing = whileTailing;
    }

    /** Runs one command and exits with its code. */
    public static void main(String[] args) {
        // Set before the first logger exists, hence no logger field in this class.
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", LOGGING_CONFIG);
        }
        // JSON lines are UTF-8 whatever the platform's default; flushed per batch, not per line.
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)),
                false, StandardCharsets.UTF_8);
        int code = new Tools(out, System.err, System.getenv(), Tools::stopOnShutdown).run(args);
        out.flush();
        if (code != OK) {
            System.exit(code);
        }
    }

    /** Runs one command; returns its exit code. */
    int run(String[] args) {
        CommandLine line = new CommandLine(this)
                .addSubcommand(new TailCommand(out, env, whileTailing))
                .addSubcommand(new StatusCommand(out, env))
                .addSubcommand(new TraceCommand(out, env))
                .addSubcommand(new LatencyCommand(out))
                .addSubcommand(new DlqCommand(out))
                .addSubcommand(new RebuildCommand(out, System.console() != null))
                .addSubcommand(new AuditCommand(out, env))
                .addSubcommand(new HelpCommand());
        return CommandLines.execute(line, out, err, args);
    }

    /** No command named: say so, with the usage that lists them. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Name a command");
    }

    // Ctrl-C: wake the consumer, then let it close (leaving the broker nothing to time out) before the JVM goes.
    private static void stopOnShutdown(Tail tail) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            tail.stop();
            try {
                tail.awaitFinished(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "coop-tail-shutdown"));
    }
}

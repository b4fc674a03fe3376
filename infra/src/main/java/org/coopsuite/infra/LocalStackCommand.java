package org.coopsuite.infra;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The local stack as a foreground command: start, say where it listens, stop on SIGTERM or
 * Ctrl-C; its {@code token} subcommand mints a token instead. It returns an exit code instead
 * of exiting, so tests can run it in their own JVM.
 */
@Command(name = "java -jar infra-<version>-exec.jar", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class,
        sortOptions = false, description = {"Runs the local stack in the foreground until Ctrl-C or SIGTERM: a Kafka broker (KRaft),"
                + " a MongoDB-wire server and the key pair that signs local tokens, all under the data directory."},
        footer = {"", "A port 0 picks a free one. An option wins over its system property (in parentheses), which"
                + " wins over the default: java -Dcoop.mongo.port=27018 -jar ..."})
final class LocalStackCommand implements Callable<Integer> {

    static final int OK = CommandLines.OK;
    static final int FAILED = CommandLines.FAILED;
    static final int USAGE = CommandLines.USAGE;

    private static final Logger log = LoggerFactory.getLogger(LocalStackCommand.class);

    @Option(names = "--kafka-port", defaultValue = "9092", converter = PortConverter.class, paramLabel = "<port>",
            description = "Kafka's client port (coop.kafka.port). Default: ${DEFAULT-VALUE}.")
    int kafkaPort;

    @Option(names = "--kafka-controller-port", defaultValue = "9093", converter = PortConverter.class, paramLabel = "<port>",
            description = "The KRaft controller's port (coop.kafka.controller-port). Default: ${DEFAULT-VALUE}.")
    int kafkaControllerPort;

    @Option(names = "--mongo-port", defaultValue = "27017", converter = PortConverter.class, paramLabel = "<port>",
            description = "MongoDB's port (coop.mongo.port). Default: ${DEFAULT-VALUE}.")
    int mongoPort;

    @Option(names = "--data-dir", defaultValue = "var", paramLabel = "<dir>",
            description = "Where the data lives (coop.data-dir). Default: ${DEFAULT-VALUE}.")
    Path dataDir;

    @Spec
    CommandSpec spec;

    /** Starts the stack, or runs the subcommand the arguments name; returns an exit code. */
    static int run(String[] args, Properties systemProperties, PrintStream out, PrintStream err) {
        return CommandLines.execute(commandLine(systemProperties), out, err, args);
    }

    /** The command with its {@code token} subcommand, each option falling back on its system property. */
    static CommandLine commandLine(Properties systemProperties) {
        return new CommandLine(new LocalStackCommand())
                .addSubcommand(new TokenCommand(Clock.systemUTC()))
                .setDefaultValueProvider(new SystemPropertyDefaults(systemProperties));
    }

    /** What the options say. */
    LocalStackOptions options() {
        return new LocalStackOptions(kafkaPort, kafkaControllerPort, mongoPort, dataDir);
    }

    /** Starts the stack and blocks until the JVM shuts down; returns early with a code on failure. */
    @Override
    public Integer call() {
        LocalStackOptions options = options();
        LocalStack stack = startOrExplain(options, spec.commandLine().getErr());
        if (stack == null) {
            return FAILED;
        }
        awaitShutdown(stack);
        return OK;
    }

    // One line on stderr for what a user can fix, instead of a stack trace.
    private static LocalStack startOrExplain(LocalStackOptions options, PrintWriter err) {
        long started = System.nanoTime();
        try {
            LocalStack stack = LocalStack.start(options);
            logReady(stack, options, Duration.ofNanos(System.nanoTime() - started));
            return stack;
        } catch (PortInUseException e) {
            err.println(portInUse(e, options));
        } catch (RuntimeException e) {
            log.debug("Local stack failed to start", e);
            err.println(failedToStart(e, options));
        }
        return null;
    }

    static String portInUse(PortInUseException e, LocalStackOptions options) {
        return e.getMessage() + ". Stop whatever listens there (another local stack? Docker compose?)"
                + " or choose another port with " + optionFor(e.port(), options) + ".";
    }

    static String failedToStart(RuntimeException e, LocalStackOptions options) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String message = root == e ? e.getMessage() : e.getMessage() + " (" + root.getMessage() + ")";
        // H2 and Kafka both lock their files: the usual cause is a second stack on the same data.
        String hint = message.contains("lock")
                ? ". Is another local stack using " + options.dataDir().toAbsolutePath().normalize() + "?"
                : "";
        return "Local stack failed to start: " + message + hint;
    }

    private static String optionFor(int port, LocalStackOptions options) {
        if (port == options.kafkaPort()) {
            return "--kafka-port";
        }
        if (port == options.kafkaControllerPort()) {
            return "--kafka-controller-port";
        }
        return "--mongo-port";
    }

    private static void logReady(LocalStack stack, LocalStackOptions options, Duration took) {
        log.info("Local stack ready in {} ms: Kafka {}, MongoDB {}, data in {} (Ctrl-C to stop)",
                took.toMillis(), stack.kafkaBootstrapServers(), stack.mongoConnectionString(),
                options.dataDir().toAbsolutePath().normalize());
    }

    private static void awaitShutdown(LocalStack stack) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stack.close();
            log.info("Local stack stopped");
            stopped.countDown();
        }, "local-stack-shutdown"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.coopsuite.infra;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local stack as a foreground command: start, say where it listens, stop on SIGTERM or
 * Ctrl-C. It returns an exit code instead of exiting, so tests can run it in their own JVM.
 */
final class LocalStackCommand {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;

    private static final Logger log = LoggerFactory.getLogger(LocalStackCommand.class);

    private LocalStackCommand() {
    }

    /** Starts the stack and blocks until the JVM shuts down; returns early with a code on failure. */
    static int run(String[] args, Properties systemProperties, PrintStream err) {
        if (Arrays.asList(args).contains("--help")) {
            err.println("java -jar infra-<version>-exec.jar [" + LocalStackOptions.USAGE + "]");
            err.println("java -jar infra-<version>-exec.jar token --help: mint a token signed with the stack's key");
            return OK;
        }
        LocalStackOptions options;
        try {
            options = LocalStackOptions.parse(args, systemProperties);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; " + LocalStackOptions.USAGE);
            return USAGE;
        }
        LocalStack stack = startOrExplain(options, err);
        if (stack == null) {
            return FAILED;
        }
        awaitShutdown(stack);
        return OK;
    }

    // One line on stderr for what a user can fix, instead of a stack trace.
    private static LocalStack startOrExplain(LocalStackOptions options, PrintStream err) {
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

package org.coopsuite.tools;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.kafka.common.KafkaException;
import org.coopsuite.tools.latency.MandateLatency;
import org.coopsuite.tools.tail.EventDecoder;
import org.coopsuite.tools.tail.Tail;
import org.coopsuite.tools.tail.TailOptions;

/**
 * The operators' and developers' commands, one jar: {@code java -jar tools-<version>-exec.jar
 * <command> [options]}. Commands: {@code tail} (events of topics as JSON lines), {@code latency}
 * (mandate-to-projection time on a running suite). Standard output
 * carries only a command's results, so it can be piped; messages go to standard error. Exit
 * codes: {@value #OK} done, {@value #FAILED} failed (e.g. Kafka unreachable), {@value #USAGE} bad usage.
 */
public final class Tools {

    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final String USAGE_TEXT = "usage: <command> [options]; commands:\n  " + TailOptions.USAGE;

    // A name of its own, not logback.xml: the plain jar may sit on other classpaths.
    private static final String LOGGING_CONFIG = "coop-tools-logback.xml";

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
        List<String> rest = Arrays.asList(args).subList(Math.min(1, args.length), args.length);
        String command = args.length == 0 ? "" : args[0];
        return switch (command) {
            case "tail" -> tail(rest);
            case "latency" -> MandateLatency.run(rest, out, err);
            case "help", "--help", "-h" -> help();
            case "" -> usageError("Name a command");
            default -> usageError("Unknown command " + command);
        };
    }

    private int tail(List<String> args) {
        if (args.contains("--help")) {
            return help();
        }
        TailOptions options;
        try {
            options = TailOptions.parse(args, env);
        } catch (IllegalArgumentException e) {
            return usageError("tail: " + e.getMessage());
        }
        Tail tail = new Tail(options, EventDecoder.ofPublishedSchemas(), out);
        whileTailing.accept(tail);
        try {
            tail.run();
            return OK;
        } catch (IllegalStateException | KafkaException e) {
            err.println("tail: " + e.getMessage());
            return FAILED;
        }
    }

    private int help() {
        out.println(USAGE_TEXT);
        return OK;
    }

    private int usageError(String message) {
        err.println(message + " (" + TailOptions.USAGE + ")");
        return USAGE;
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

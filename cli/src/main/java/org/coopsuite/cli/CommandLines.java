package org.coopsuite.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import picocli.CommandLine;

/**
 * Runs a command of the suite one way: help and version on standard output, a bad option as
 * its message and the usage on standard error with exit code {@value #USAGE}, enums in any
 * case, the last of a repeated option winning, every {@link Duration} option read by
 * {@link DurationConverter}. The program name in the usage is the system property
 * {@value #NAME_PROPERTY} when set ({@code ./coop} sets {@code ./coop}), so that the usage
 * shows the command as the user typed it.
 */
public final class CommandLines {

    /** Done; also after {@code --help} and {@code --version}. */
    public static final int OK = CommandLine.ExitCode.OK;
    /** The command failed (Kafka unreachable, no keys, ...): one line on standard error says why. */
    public static final int FAILED = CommandLine.ExitCode.SOFTWARE;
    /** Bad usage: the message, then the usage, on standard error. */
    public static final int USAGE = CommandLine.ExitCode.USAGE;
    /** The system property that names the program in the usage. */
    public static final String NAME_PROPERTY = "coop.command";

    private static final int USAGE_WIDTH = 100;

    private CommandLines() {
    }

    /**
     * Parses {@code args} for {@code line} (built with its subcommands) and runs the command they
     * select; returns its exit code.
     */
    public static int execute(CommandLine line, PrintStream out, PrintStream err, String... args) {
        return configure(line, out, err).execute(args);
    }

    /** Sets {@code line} and the subcommands it has now up the suite's way; returns it. */
    public static CommandLine configure(CommandLine line, PrintStream out, PrintStream err) {
        String name = System.getProperty(NAME_PROPERTY);
        if (name != null && !name.isBlank()) {
            line.setCommandName(name);
        }
        return line.registerConverter(Duration.class, new DurationConverter())
                .setCaseInsensitiveEnumValuesAllowed(true)
                // The last of a repeated option wins: ./coop passes --data-dir first, so that the user's wins.
                .setOverwrittenOptionsAllowed(true)
                // 80 columns by default: descriptions that name a property or a syntax wrap mid-name.
                .setUsageHelpWidth(USAGE_WIDTH)
                .setOut(writer(out))
                .setErr(writer(err));
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }
}

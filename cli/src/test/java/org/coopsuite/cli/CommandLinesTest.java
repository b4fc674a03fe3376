package org.coopsuite.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

class CommandLinesTest {

    enum Colour { RED, GREEN }

    @Command(name = "probe", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class)
    static final class Probe implements Callable<Integer> {

        @Option(names = "--timeout", defaultValue = "2s")
        Duration timeout;

        @Option(names = "--colour", defaultValue = "RED")
        Colour colour;

        @Option(names = "--count", defaultValue = "1", converter = PositiveIntConverter.class)
        int count;

        @Override
        public Integer call() {
            return 0;
        }
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Probe probe = new Probe();

    @Test
    void readsEveryDurationWithTheOneSyntaxAndEnumsInAnyCase() {
        assertThat(run("--timeout", "PT1M", "--colour", "green", "--count", "3")).isEqualTo(CommandLines.OK);

        assertThat(probe.timeout).isEqualTo(Duration.ofMinutes(1));
        assertThat(probe.colour).isEqualTo(Colour.GREEN);
        assertThat(probe.count).isEqualTo(3);
    }

    @Test
    void answersABadOptionWithItsMessageThenTheUsageOnStandardErrorAndExitCode2() {
        assertThat(run("--timeout", "soon")).isEqualTo(CommandLines.USAGE);

        assertThat(text(err).lines().findFirst()).contains(
                "Invalid value for option '--timeout': 'soon' is not a positive duration (500ms, 3s, 2m, 8h, 2d or ISO-8601 PT3S)");
        assertThat(text(err)).contains("Usage: probe");
        assertThat(out.size()).isZero();
    }

    @Test
    void rejectsACountBelowOne() {
        assertThat(run("--count", "0")).isEqualTo(CommandLines.USAGE);

        assertThat(text(err)).startsWith("Invalid value for option '--count': '0' is not a positive whole number");
    }

    @Test
    void printsHelpAndVersionOnStandardOutput() {
        assertThat(run("--help")).isEqualTo(CommandLines.OK);
        assertThat(text(out)).startsWith("Usage: probe").contains("--timeout");

        out.reset();
        assertThat(run("--version")).isEqualTo(CommandLines.OK);
        assertThat(text(out)).startsWith("coop-suite 0.1.0-SNAPSHOT (Java ");
        assertThat(err.size()).isZero();
    }

    @Test
    void namesTheProgramAsThePropertySays() {
        System.setProperty(CommandLines.NAME_PROPERTY, "./coop");
        try {
            run("--help");
        } finally {
            System.clearProperty(CommandLines.NAME_PROPERTY);
        }
        assertThat(text(out)).startsWith("Usage: ./coop");
    }

    private int run(String... args) {
        return CommandLines.execute(new CommandLine(probe), print(out), print(err), args);
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

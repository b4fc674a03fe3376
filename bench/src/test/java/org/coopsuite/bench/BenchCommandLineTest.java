package org.coopsuite.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.coopsuite.bench.projection.BenchStack.Backend;
import org.coopsuite.bench.projection.ProjectionThroughput.Path;
import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The benchmarks' options as ./coop bench reads them: parsed only, no benchmark runs here. */
class BenchCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void throughputAndRebuildKeepTheirOwnDefaults() {
        ProjectionCommand throughput = parse("throughput");
        ProjectionCommand rebuild = parse("rebuild");

        assertThat(throughput.events()).isEqualTo(500_000);
        assertThat(throughput.paths()).containsExactly(Path.RAW, Path.PLATFORM, Path.RECORD_AT_A_TIME);
        assertThat(rebuild.events()).isEqualTo(1_000_000);
        assertThat(rebuild.paths()).containsExactly(Path.RAW, Path.PLATFORM, Path.REBUILD);
        assertThat(List.of(throughput, rebuild)).allSatisfy(command -> {
            assertThat(command.aggregates).isEqualTo(10_000);
            assertThat(command.backend).isEqualTo(Backend.MEMORY);
            assertThat(command.runs).isEqualTo(3);
        });
    }

    @Test
    void readsEveryThroughputOptionAsTheDocumentedCommandsWriteThem() {
        ProjectionCommand command = parse("throughput", "--backend", "h2", "--paths", "raw,platform", "--runs", "1",
                "--events", "200000", "--aggregates", "500");

        assertThat(command.backend).isEqualTo(Backend.H2);
        assertThat(command.paths()).containsExactly(Path.RAW, Path.PLATFORM);
        assertThat(command.runs).isEqualTo(1);
        assertThat(command.events()).isEqualTo(200_000);
        assertThat(command.aggregates).isEqualTo(500);
    }

    @Test
    void readsTheLatencyOptionsWithTheirDefaults() {
        LatencyCommand defaults = parse("latency");
        LatencyCommand given = parse("latency", "--rate", "100", "--warm-up-seconds", "5", "--settle-seconds", "300",
                "--seconds", "10", "--runs", "1", "--backend", "h2");

        assertThat(List.of(defaults.rate, defaults.warmUpSeconds, defaults.settleSeconds, defaults.seconds, defaults.runs,
                defaults.backend)).containsExactly(500, 120L, 900L, 30L, 3, Backend.MEMORY);
        assertThat(List.of(given.rate, given.warmUpSeconds, given.settleSeconds, given.seconds, given.runs, given.backend))
                .containsExactly(100, 5L, 300L, 10L, 1, Backend.H2);
    }

    @Test
    void readsTheLiveOptionsWithTheirDefaults() {
        LiveCommand defaults = parse("live");
        LiveCommand given = parse("live", "--events", "10", "--warm-up", "0");

        assertThat(List.of(defaults.events, defaults.warmUp)).containsExactly(100, 20);
        assertThat(List.of(given.events, given.warmUp)).containsExactly(10, 0);
        assertThatThrownBy(() -> parse("live", "--events", "0")).isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--events': '0' is not a positive whole number");
    }

    @Test
    void readsTheSelectionsPositionalArguments() {
        SelectionCommand defaults = parse("selection");
        SelectionCommand given = parse("selection", "300", "2", "3");

        assertThat(List.of(defaults.proposals, defaults.warmUp, defaults.measured)).containsExactly(5000, 200, 500);
        assertThat(List.of(given.proposals, given.warmUp, given.measured)).containsExactly(300, 2, 3);
    }

    @Test
    void readsTheReferenceChecksPositionalArguments() {
        ReferencesCommand defaults = parse("references");
        ReferencesCommand given = parse("references", "20", "2", "3");

        assertThat(List.of(defaults.proposals, defaults.warmUp, defaults.measured)).containsExactly(5000, 2000, 2000);
        assertThat(List.of(given.proposals, given.warmUp, given.measured)).containsExactly(20, 2, 3);
        assertThatThrownBy(() -> parse("references", "0")).isInstanceOf(ParameterException.class);
    }

    @Test
    void refusesWhatItCannotReadNamingTheOption() {
        assertThatThrownBy(() -> parse("throughput", "--backend", "oracle")).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("Invalid value for option '--backend': expected one of [MEMORY, H2, H2_DEFERRED, MONGODB]");
        assertThatThrownBy(() -> parse("throughput", "--paths", "raw,fast")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("expected one of [RAW, PLATFORM, RECORD_AT_A_TIME, REBUILD]");
        assertThatThrownBy(() -> parse("latency", "--rate", "fast")).isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--rate': 'fast' is not a positive whole number");
        assertThatThrownBy(() -> parse("rebuild", "--event", "5")).isInstanceOf(ParameterException.class)
                .hasMessage("Unknown options: '--event', '5'");
    }

    @Test
    void answersABadOptionWithTheUsageAndExitCode2() {
        int code = CommandLines.execute(new CommandLine(new Bench()), print(out), print(err), "latency", "--rate", "0");

        assertThat(code).isEqualTo(CommandLines.USAGE);
        assertThat(text(err)).startsWith("Invalid value for option '--rate': '0' is not a positive whole number")
                .contains("Usage: bench latency", "--warm-up-seconds");
        assertThat(out.size()).isZero();
    }

    @Test
    void listsTheBenchmarksOnHelpAndWhenNoneIsNamed() {
        assertThat(CommandLines.execute(new CommandLine(new Bench()), print(out), print(err), "--help")).isZero();
        assertThat(text(out)).contains("throughput", "rebuild", "latency", "selection");

        assertThat(CommandLines.execute(new CommandLine(new Bench()), print(out), print(err))).isEqualTo(CommandLines.USAGE);
        assertThat(text(err)).startsWith("Name a benchmark").contains("throughput", "selection");
    }

    @SuppressWarnings("unchecked")
    private static <T> T parse(String... args) {
        CommandLine line = CommandLines.configure(new CommandLine(new Bench()), System.out, System.err);
        return (T) line.parseArgs(args).subcommand().commandSpec().userObject();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

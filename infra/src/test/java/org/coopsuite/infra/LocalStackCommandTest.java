package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;

import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** The local stack's options, read through picocli as the exec jar reads them; no stack starts here. */
class LocalStackCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void defaultsToTheWellKnownPortsAndVar() {
        LocalStackOptions options = parse(new Properties());

        assertThat(options).isEqualTo(new LocalStackOptions(9092, 9093, 27017, Path.of("var")));
        assertThat(options.kafkaDir()).isEqualTo(Path.of("var", "kafka"));
        assertThat(options.mongoDir()).isEqualTo(Path.of("var", "mongo"));
    }

    @Test
    void argumentsWinOverSystemPropertiesWhichWinOverDefaults() {
        Properties system = new Properties();
        system.setProperty("coop.kafka.port", "19092");
        system.setProperty("coop.mongo.port", "37017");

        LocalStackOptions options = parse(system,
                "--mongo-port", "47017", "--data-dir", "/tmp/stack", "--kafka-controller-port", "19093");

        assertThat(options).isEqualTo(new LocalStackOptions(19092, 19093, 47017, Path.of("/tmp/stack")));
    }

    @Test
    void readsTheDataDirectoryFromItsSystemPropertyToo() {
        Properties system = new Properties();
        system.setProperty("coop.data-dir", "/srv/coop");
        system.setProperty("coop.kafka.controller-port", "0");

        assertThat(parse(system)).isEqualTo(new LocalStackOptions(9092, 0, 27017, Path.of("/srv/coop")));
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatThrownBy(() -> parse(new Properties(), "--zookeeper", "2181"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Unknown options: '--zookeeper', '2181'");
    }

    @Test
    void rejectsAPortThatIsNotANumberOrOutOfRange() {
        assertThatThrownBy(() -> parse(new Properties(), "--kafka-port", "x"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--kafka-port': 'x' is not a port (0 to 65535; 0 picks a free one)");
        assertThatThrownBy(() -> parse(new Properties(), "--mongo-port", "65536"))
                .hasMessage("Invalid value for option '--mongo-port': '65536' is not a port (0 to 65535; 0 picks a free one)");
    }

    @Test
    void rejectsAnOptionWithoutValue() {
        assertThatThrownBy(() -> parse(new Properties(), "--data-dir"))
                .isInstanceOf(ParameterException.class)
                .hasMessage("Missing required parameter for option '--data-dir' (<dir>)");
    }

    @Test
    void answersABadOptionWithTheMessageThenTheUsageAndExitCode2() {
        int code = LocalStackCommand.run(new String[] {"--kafka-port", "x"}, new Properties(), print(out), print(err));

        assertThat(code).isEqualTo(LocalStackCommand.USAGE);
        assertThat(text(err)).startsWith("Invalid value for option '--kafka-port': 'x' is not a port")
                .contains("Usage: java -jar infra-<version>-exec.jar", "--kafka-controller-port", "--data-dir", "token");
        assertThat(out.size()).isZero();
    }

    @Test
    void printsTheOptionsAndTheTokenCommandOnHelp() {
        assertThat(LocalStackCommand.run(new String[] {"--help"}, new Properties(), print(out), print(err)))
                .isEqualTo(LocalStackCommand.OK);

        assertThat(text(out)).contains("--kafka-port", "--kafka-controller-port", "--mongo-port", "--data-dir",
                "coop.kafka.port", "Default: 9092", "token");
        assertThat(err.size()).isZero();
    }

    private static LocalStackOptions parse(Properties system, String... args) {
        CommandLine line = CommandLines.configure(LocalStackCommand.commandLine(system), System.out, System.err);
        line.parseArgs(args);
        return line.<LocalStackCommand>getCommand().options();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

package org.coopsuite.tools.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** tail's options, read through picocli as the tools jar reads them; no Kafka here. */
class TailCommandTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void tailsFromTheEndOfLocalKafkaWithoutFiltersByDefault() {
        TailOptions options = parse("coop.call.events");

        assertThat(options.topics()).containsExactly("coop.call.events");
        assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
        assertThat(options.clientProperties()).isEmpty();
        assertThat(options.fromBeginning()).isFalse();
        assertThat(options.aggregateId()).isEmpty();
        assertThat(options.correlationId()).isEmpty();
        assertThat(options.max()).isEmpty();
        assertThat(options.idleTimeout()).isEmpty();
    }

    @Test
    void expandsAllToTheThreeEventTopicsAndKeepsEachTopicOnce() {
        assertThat(parse("all", "coop.call.events", "coop.call.events.call-service.dlq").topics()).containsExactly(
                "coop.dialogue.events", "coop.call.events", "coop.funding.events", "coop.call.events.call-service.dlq");
        assertThat(parse("coop.call.events,,coop.funding.events", "--max", "1", "coop.call.events").topics())
                .containsExactly("coop.call.events", "coop.funding.events");
    }

    @Test
    void readsEveryOption() {
        TailOptions options = parse("coop.dialogue.events", "--from-beginning", "--aggregate", "dlg-1",
                "--correlation", "dec-42", "--max", "5", "--idle-timeout", "10s", "--bootstrap-servers", "kafka:29092");

        assertThat(options).isEqualTo(new TailOptions(List.of("coop.dialogue.events"), "kafka:29092", Map.of(), true,
                Optional.of("dlg-1"), Optional.of("dec-42"), Optional.of(5L),
                Optional.of(Duration.ofSeconds(10))));
    }

    @Test
    void takesTheBootstrapServersFromTheEnvironmentUnlessGiven() {
        Map<String, String> env = Map.of(TailCommand.BOOTSTRAP_ENV, "broker:9093");

        assertThat(parse(env, "all").bootstrapServers()).isEqualTo("broker:9093");
        assertThat(parse(env, "all", "--bootstrap-servers", "other:9092").bootstrapServers()).isEqualTo("other:9092");
    }

    @Test
    void takesTheClientPropertiesAndTheServersOfACommandConfigFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "bootstrap.servers=secured:9093\nsecurity.protocol=SSL\n");

        TailOptions options = parse(Map.of(TailCommand.BOOTSTRAP_ENV, "broker:9092"), "all", "--command-config", file.toString());

        assertThat(options.bootstrapServers()).isEqualTo("secured:9093");
        assertThat(options.clientProperties()).containsEntry("security.protocol", "SSL");
        assertThatThrownBy(() -> parse("all", "--command-config", dir.resolve("none").toString()))
                .isInstanceOf(ParameterException.class).hasMessageStartingWith("Cannot read the --command-config file");
    }

    @Test
    void readsIdleTimeoutsWithTheSuitesOneDurationSyntax() {
        assertThat(parse("all", "--idle-timeout", "500ms").idleTimeout()).contains(Duration.ofMillis(500));
        assertThat(parse("all", "--idle-timeout", "2m").idleTimeout()).contains(Duration.ofMinutes(2));
        assertThat(parse("all", "--idle-timeout", "PT1H").idleTimeout()).contains(Duration.ofHours(1));
        assertThat(parse("all", "--idle-timeout", "1d").idleTimeout()).contains(Duration.ofDays(1));
    }

    @Test
    void rejectsWhatItCannotReadNamingTheOption() {
        assertThatThrownBy(() -> parse()).isInstanceOf(ParameterException.class).hasMessage("Name at least one topic, or all");
        assertThatThrownBy(() -> parse("all", "--follow")).isInstanceOf(ParameterException.class)
                .hasMessage("Unknown option: '--follow'");
        assertThatThrownBy(() -> parse("all", "--aggregate")).isInstanceOf(ParameterException.class)
                .hasMessage("Missing required parameter for option '--aggregate' (<id>)");
        assertThatThrownBy(() -> parse("all", "--aggregate", "--max", "1")).isInstanceOf(ParameterException.class)
                .hasMessage("Expected parameter for option '--aggregate' but found '--max'");
        assertThatThrownBy(() -> parse("all", "--max", "0")).isInstanceOf(ParameterException.class)
                .hasMessage("Invalid value for option '--max': '0' is not a positive whole number");
        assertThatThrownBy(() -> parse("all", "--max", "many"))
                .hasMessage("Invalid value for option '--max': 'many' is not a positive whole number");
        assertThatThrownBy(() -> parse("all", "--idle-timeout", "ten")).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("Invalid value for option '--idle-timeout': 'ten' is not a positive duration");
        assertThatThrownBy(() -> parse("all", "--idle-timeout", "0s"))
                .hasMessageStartingWith("Invalid value for option '--idle-timeout': '0s' is not a positive duration");
    }

    private static TailOptions parse(String... args) {
        return parse(NO_ENV, args);
    }

    private static TailOptions parse(Map<String, String> env, String... args) {
        TailCommand command = new TailCommand(System.out, env, tail -> { });
        CommandLines.configure(new CommandLine(command), System.out, System.err).parseArgs(args);
        return command.options();
    }
}

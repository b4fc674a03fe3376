package org.coopsuite.tools.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParameterException;

/** The Kafka options every reading command shares, through picocli as the commands read them. */
class KafkaOptionsTest {

    private static final Map<String, String> ENV = Map.of(KafkaOptions.BOOTSTRAP_ENV, "env-kafka:9092");

    @TempDir
    Path dir;

    @Test
    void bootstrapsFromTheOptionElseTheFileElseTheEnvironmentElseTheLocalStack() throws IOException {
        Path file = properties("bootstrap.servers=file-kafka:9093\n");

        assertThat(parse("--bootstrap-servers", "option-kafka:9094", "--command-config", file.toString())
                .bootstrapServers(ENV)).isEqualTo("option-kafka:9094");
        assertThat(parse("--command-config", file.toString()).bootstrapServers(ENV)).isEqualTo("file-kafka:9093");
        assertThat(parse().bootstrapServers(ENV)).isEqualTo("env-kafka:9092");
        assertThat(parse().bootstrapServers(Map.of())).isEqualTo("localhost:9092");
    }

    @Test
    void mergesTheFileOverTheDefaultsButNotOverWhatTheCommandRequires() throws IOException {
        Path file = properties("""
                security.protocol=SASL_SSL
                sasl.mechanism=SCRAM-SHA-512
                sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="ops" password="s";
                client.id=ops-console
                enable.auto.commit=true
                """);

        Map<String, Object> config = ReadOnlyConsumers.consumer("coop-trace", "kafka:9093",
                parse("--command-config", file.toString()).fileProperties());

        assertThat(config).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512")
                .containsEntry("client.id", "ops-console").containsEntry("enable.auto.commit", false)
                .containsEntry("allow.auto.create.topics", false).containsEntry("bootstrap.servers", "kafka:9093")
                .containsEntry("default.api.timeout.ms", 10_000);
        assertThat((String) config.get("sasl.jaas.config")).endsWith("password=\"s\";");
    }

    @Test
    void givesNoPropertiesWithoutAFileAndRefusesAFileItCannotRead() {
        assertThat(parse().fileProperties()).isEmpty();
        KafkaOptions missing = parse("--command-config", dir.resolve("missing.properties").toString());
        assertThatThrownBy(missing::fileProperties).isInstanceOf(ParameterException.class)
                .hasMessageStartingWith("Cannot read the --command-config file");
    }

    private Path properties(String text) throws IOException {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, text);
        return file;
    }

    private static KafkaOptions parse(String... args) {
        Reader reader = new Reader();
        CommandLines.configure(new CommandLine(reader), System.out, System.err).parseArgs(args);
        return reader.kafka;
    }

    @Command(name = "reader")
    static final class Reader {
        @Mixin
        KafkaOptions kafka;
    }
}

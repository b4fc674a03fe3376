package org.coopsuite.tools.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.tools.suite.Service;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** status's options, read through picocli as the tools jar reads them; nothing is asked here. */
class StatusCommandTest {

    @Test
    void asksTheLocalStackByDefault() {
        StatusCommand command = parse();

        assertThat(command.verbose).isFalse();
        assertThat(command.json).isFalse();
        assertThat(command.kafka.bootstrapServers(Map.of())).isEqualTo("localhost:9092");
        assertThat(command.suite.services()).extracting(Service::name, Service::apiUrl, Service::managementUrl).containsExactly(
                tuple("call-service", "http://localhost:8081", "http://localhost:9081"),
                tuple("funding-service", "http://localhost:8082", "http://localhost:9082"),
                tuple("dialogue-service", "http://localhost:8083", "http://localhost:9083"));
        assertThat(command.suite.service("funding-service").groups()).containsExactly(
                Map.entry("funding-service", List.of("coop.call.events", "coop.funding.events")),
                Map.entry("funding-service-agreements", List.of("coop.call.events")));
    }

    @Test
    void readsEveryOption() {
        StatusCommand command = parse("-v", "--json", "--bootstrap-servers", "kafka:9093",
                "--call-service-url", "http://calls:8081", "--call-service-management-url", "http://calls:9081/",
                "--dialogue-service-management-url", "http://dialogues:9083", "--token", "jwt");

        assertThat(command.verbose).isTrue();
        assertThat(command.json).isTrue();
        assertThat(command.kafka.bootstrapServers(Map.of())).isEqualTo("kafka:9093");
        assertThat(command.suite.service("call-service").apiUrl()).isEqualTo("http://calls:8081");
        assertThat(command.suite.service("call-service").managementUrl()).isEqualTo("http://calls:9081");
        assertThat(command.suite.service("dialogue-service").managementUrl()).isEqualTo("http://dialogues:9083");
        assertThat(command.suite.bearer().token()).contains("jwt");
    }

    @Test
    void saysWhyThereIsNoTokenWhenTheLocalStackHasNoKeys() {
        StatusCommand command = parse("--data-dir", "/nonexistent/coop-var");

        assertThat(command.suite.bearer().token()).isEmpty();
        assertThat(command.suite.bearer().missing()).startsWith("no token (No JWT signing key at /nonexistent/coop-var")
                .endsWith("or give --token)");
    }

    private static StatusCommand parse(String... args) {
        StatusCommand command = new StatusCommand(System.out, Map.of());
        CommandLines.configure(new CommandLine(command), System.out, System.err).parseArgs(args);
        return command;
    }
}

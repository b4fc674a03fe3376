package org.coopsuite.tools.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.coopsuite.cli.CommandLines;
import org.coopsuite.tools.trace.TraceQuery.Kind;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** trace's options, read through picocli as the tools jar reads them; no Kafka here. */
class TraceCommandTest {

    @Test
    void tracesACallADialogueOrACorrelation() {
        assertThat(parse("call-1").query()).isEqualTo(new TraceQuery(Kind.CALL, "call-1"));
        assertThat(parse("--dialogue", "dlg-1").query()).isEqualTo(new TraceQuery(Kind.DIALOGUE, "dlg-1"));
        assertThat(parse("--correlation", "try-it-1").query()).isEqualTo(new TraceQuery(Kind.CORRELATION, "try-it-1"));
    }

    @Test
    void wantsExactlyOneThingToTrace() {
        assertThatThrownBy(() -> parse().query()).isInstanceOf(ParameterException.class)
                .hasMessage("Name one call id, or --correlation <id>, or --dialogue <id>");
        assertThatThrownBy(() -> parse("call-1", "--dialogue", "dlg-1").query()).isInstanceOf(ParameterException.class);
        assertThatThrownBy(() -> parse("call-1", "call-2")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("call-2");
    }

    @Test
    void readsTheKafkaAndTheServicesOptionsWithLocalDefaults() {
        TraceCommand command = parse("call-1", "--json", "--events-only", "--bootstrap-servers", "kafka:9093",
                "--funding-service-url", "http://funding:8082/", "--token", "t");

        assertThat(command.json).isTrue();
        assertThat(command.eventsOnly).isTrue();
        assertThat(command.kafka.bootstrapServers(Map.of())).isEqualTo("kafka:9093");
        assertThat(command.suite.service("funding-service").apiUrl()).isEqualTo("http://funding:8082");
        assertThat(command.suite.service("call-service").apiUrl()).isEqualTo("http://localhost:8081");
        assertThat(command.suite.bearer().token()).contains("t");
    }

    private static TraceCommand parse(String... args) {
        TraceCommand command = new TraceCommand(System.out, Map.of());
        CommandLines.configure(new CommandLine(command), System.out, System.err).parseArgs(args);
        return command;
    }
}

package org.coopsuite.tools.dlq;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DlqCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void everySubcommandTakesTheServicesUrlsTheTokenAndJson() {
        for (String command : new String[] {"list", "show", "retry", "evict"}) {
            out.reset();
            assertThat(run(command, "--help")).isEqualTo(CommandLines.OK);
            assertThat(text(out)).contains("--call-service-url", "--funding-service-url", "--dialogue-service-url",
                    "--token", "--json", "Default: http://localhost:8081", "Default: http://localhost:8082",
                    "Default: http://localhost:8083");
        }
    }

    @Test
    void theDefaultsAreTheLocalStacksAndAServiceIsNamedWithOrWithoutItsSuffix() {
        ServiceOptions options = new ServiceOptions();
        new CommandLine(options).parseArgs();

        assertThat(options.services(null)).containsExactly(java.util.Map.entry("call-service", "http://localhost:8081"),
                java.util.Map.entry("funding-service", "http://localhost:8082"),
                java.util.Map.entry("dialogue-service", "http://localhost:8083"));
        assertThat(options.services("funding")).containsOnlyKeys("funding-service");
        assertThat(options.services("dialogue-service")).containsOnlyKeys("dialogue-service");
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("retry", "--token", "t")).isEqualTo(CommandLines.USAGE);
        assertThat(text(err)).contains("Missing required argument");
        assertThat(run("retry", "s-1", "--all", "--token", "t")).isEqualTo(CommandLines.USAGE);
        assertThat(run("evict", "s-1", "--token", "t")).isEqualTo(CommandLines.USAGE);
        assertThat(text(err)).contains("Missing required option: '--reason=<reason>'");
        assertThat(run("list", "--service", "billing", "--token", "t")).isEqualTo(CommandLines.USAGE);
        assertThat(text(err)).contains("no service 'billing'");
        assertThat(run()).isEqualTo(CommandLines.USAGE);
        assertThat(out.size()).isZero();
    }

    @Test
    void aServiceThatDoesNotAnswerFailsWithOneAndSaysWhich() {
        assertThat(run("list", "--service", "call", "--call-service-url", "http://127.0.0.1:1", "--token", "t"))
                .isEqualTo(CommandLines.FAILED);
        assertThat(text(err)).contains("call-service", "http://127.0.0.1:1");
    }

    private int run(String... args) {
        err.reset();
        return CommandLines.execute(new CommandLine(new DlqCommand(new PrintStream(out, true, StandardCharsets.UTF_8))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                args);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}

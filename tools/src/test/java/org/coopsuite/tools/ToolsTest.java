package org.coopsuite.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ToolsTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Tools tools = new Tools(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Map.of(), tail -> { });

    @Test
    void printsHelpListingTheCommandsOnStandardOutputAndSucceeds() {
        assertThat(tools.run(new String[] {"help"})).isEqualTo(Tools.OK);
        assertThat(text(out)).contains("Commands:", "tail", "status", "trace", "latency");

        out.reset();
        assertThat(tools.run(new String[] {"--help"})).isEqualTo(Tools.OK);
        assertThat(text(out)).contains("Commands:", "tail", "status", "trace", "latency", "audit");
        assertThat(err.size()).isZero();
    }

    @Test
    void printsEachCommandsOptionsOnHelp() {
        assertThat(tools.run(new String[] {"tail", "--help"})).isEqualTo(Tools.OK);
        assertThat(text(out)).contains("Usage: java -jar tools-<version>-exec.jar tail", "<topic>|all", "--from-beginning",
                "--aggregate", "--correlation", "--max", "--idle-timeout", "--bootstrap-servers", "--command-config");

        out.reset();
        assertThat(tools.run(new String[] {"status", "--help"})).isEqualTo(Tools.OK);
        assertThat(text(out)).contains("Usage: java -jar tools-<version>-exec.jar status", "-v, --verbose", "--json",
                "--bootstrap-servers", "--command-config", "--call-service-url", "--dialogue-service-management-url",
                "--token", "Default: http://localhost:9082");

        out.reset();
        assertThat(tools.run(new String[] {"trace", "--help"})).isEqualTo(Tools.OK);
        assertThat(text(out)).contains("Usage: java -jar tools-<version>-exec.jar trace", "<call-id>", "--correlation",
                "--dialogue", "--json", "--events-only", "--bootstrap-servers", "--command-config", "--token");

        out.reset();
        assertThat(tools.run(new String[] {"audit", "--help"})).isEqualTo(Tools.OK);
        assertThat(text(out)).contains("Usage: java -jar tools-<version>-exec.jar audit", "--wait", "--log-only",
                "--bootstrap-servers", "--command-config", "--call-service-url", "--token", "Exit 0 when clean");

        out.reset();
        assertThat(tools.run(new String[] {"audit", "--wait", "0s"})).isEqualTo(Tools.USAGE);
        assertThat(text(err)).contains("'0s' is not a positive duration");
        err.reset();

        out.reset();
        assertThat(tools.run(new String[] {"latency", "--help"})).isEqualTo(Tools.OK);
        assertThat(text(out)).contains("--count", "--data-dir", "--dialogue-url", "--funding-url", "Default: 100");
        assertThat(err.size()).isZero();
    }

    @Test
    void exitsWithUsageWhenNoCommandOrAnUnknownOneIsGiven() {
        assertThat(tools.run(new String[0])).isEqualTo(Tools.USAGE);
        assertThat(tools.run(new String[] {"frobnicate"})).isEqualTo(Tools.USAGE);
        assertThat(text(err)).startsWith("Name a command").contains("Commands:")
                .contains("Unmatched argument at index 0: 'frobnicate'");
        assertThat(out.size()).isZero();
    }

    @Test
    void explainsABadTailOptionOnStandardErrorOnlyThenTheUsage() {
        assertThat(tools.run(new String[] {"tail", "all", "--max", "many"})).isEqualTo(Tools.USAGE);

        assertThat(text(err).lines().findFirst())
                .contains("Invalid value for option '--max': 'many' is not a positive whole number");
        assertThat(text(err)).contains("Usage: java -jar tools-<version>-exec.jar tail");
        assertThat(out.size()).isZero();
    }

    @Test
    void refusesALatencyCountThatIsNotAPositiveNumber() {
        assertThat(tools.run(new String[] {"latency", "--count", "0"})).isEqualTo(Tools.USAGE);

        assertThat(text(err)).startsWith("Invalid value for option '--count': '0' is not a positive whole number");
        assertThat(out.size()).isZero();
    }

    @Test
    void saysInOneLineThatTheLatencyNeedsTheStacksKeys() {
        assertThat(tools.run(new String[] {"latency", "--data-dir", "/nonexistent/coop-var"})).isEqualTo(Tools.FAILED);

        assertThat(text(err)).hasLineCount(1).startsWith("latency: No JWT signing key at /nonexistent/coop-var")
                .endsWith("(is the suite running? ./coop run)\n");
        assertThat(out.size()).isZero();
    }

    private static String text(ByteArrayOutputStream bytes) {
        return bytes.toString(StandardCharsets.UTF_8);
    }
}

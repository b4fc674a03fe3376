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
    void printsHelpOnStandardOutputAndSucceeds() {
        assertThat(tools.run(new String[] {"help"})).isEqualTo(Tools.OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("tail <topic>... | all");
    }

    @Test
    void exitsWithUsageWhenNoCommandOrAnUnknownOneIsGiven() {
        assertThat(tools.run(new String[0])).isEqualTo(Tools.USAGE);
        assertThat(tools.run(new String[] {"trace"})).isEqualTo(Tools.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Name a command").contains("Unknown command trace");
    }

    @Test
    void explainsABadTailOptionInOneLineOnStandardErrorOnly() {
        assertThat(tools.run(new String[] {"tail", "all", "--max", "many"})).isEqualTo(Tools.USAGE);

        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("tail: Option --max needs a positive whole number, not many")
                .hasLineCount(1);
        assertThat(out.size()).isZero();
    }
}

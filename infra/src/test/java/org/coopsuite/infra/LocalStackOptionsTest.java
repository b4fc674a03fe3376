package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class LocalStackOptionsTest {

    @Test
    void defaultsToTheWellKnownPortsAndVar() {
        LocalStackOptions options = LocalStackOptions.parse(new String[0], new Properties());

        assertThat(options).isEqualTo(new LocalStackOptions(9092, 9093, 27017, Path.of("var")));
        assertThat(options.kafkaDir()).isEqualTo(Path.of("var", "kafka"));
        assertThat(options.mongoDir()).isEqualTo(Path.of("var", "mongo"));
    }

    @Test
    void argumentsWinOverSystemPropertiesWhichWinOverDefaults() {
        Properties system = new Properties();
        system.setProperty("coop.kafka.port", "19092");
        system.setProperty("coop.mongo.port", "37017");

        LocalStackOptions options = LocalStackOptions.parse(
                new String[] {"--mongo-port", "47017", "--data-dir", "/tmp/stack", "--kafka-controller-port", "19093"},
                system);

        assertThat(options).isEqualTo(new LocalStackOptions(19092, 19093, 47017, Path.of("/tmp/stack")));
    }

    @Test
    void rejectsAnUnknownOption() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackOptions.parse(new String[] {"--zookeeper", "2181"}, new Properties()))
                .withMessage("Unknown option --zookeeper");
    }

    @Test
    void rejectsAPortThatIsNotANumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackOptions.parse(new String[] {"--kafka-port", "x"}, new Properties()))
                .withMessageContaining("coop.kafka.port: x");
    }

    @Test
    void rejectsAnOptionWithoutValue() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalStackOptions.parse(new String[] {"--data-dir"}, new Properties()))
                .withMessage("Option --data-dir needs a value");
    }
}

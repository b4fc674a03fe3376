package org.coopsuite.tools.tail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class TailOptionsTest {

    private static final Map<String, String> NO_ENV = Map.of();

    @Test
    void tailsFromTheEndOfLocalKafkaWithoutFiltersByDefault() {
        TailOptions options = parse("coop.call.events");

        assertThat(options.topics()).containsExactly("coop.call.events");
        assertThat(options.bootstrapServers()).isEqualTo("localhost:9092");
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
    }

    @Test
    void readsEveryOption() {
        TailOptions options = parse("coop.dialogue.events", "--from-beginning", "--aggregate", "dlg-1",
                "--correlation", "dec-42", "--max", "5", "--idle-timeout", "10s", "--bootstrap-servers", "kafka:29092");

        assertThat(options).isEqualTo(new TailOptions(List.of("coop.dialogue.events"), "kafka:29092", true,
                Optional.of("dlg-1"), Optional.of("dec-42"), Optional.of(5L),
                Optional.of(Duration.ofSeconds(10))));
    }

    @Test
    void takesTheBootstrapServersFromTheEnvironmentUnlessGiven() {
        Map<String, String> env = Map.of(TailOptions.BOOTSTRAP_ENV, "broker:9093");

        assertThat(TailOptions.parse(List.of("all"), env).bootstrapServers()).isEqualTo("broker:9093");
        assertThat(TailOptions.parse(List.of("all", "--bootstrap-servers", "other:9092"), env).bootstrapServers())
                .isEqualTo("other:9092");
    }

    @Test
    void readsIdleTimeoutsAsPeopleTypeThem() {
        assertThat(parse("all", "--idle-timeout", "500ms").idleTimeout()).contains(Duration.ofMillis(500));
        assertThat(parse("all", "--idle-timeout", "2m").idleTimeout()).contains(Duration.ofMinutes(2));
        assertThat(parse("all", "--idle-timeout", "PT1H").idleTimeout()).contains(Duration.ofHours(1));
    }

    @Test
    void rejectsWhatItCannotReadNamingTheOption() {
        assertThatThrownBy(() -> parse()).hasMessage("Name at least one topic, or all");
        assertThatThrownBy(() -> parse("all", "--follow")).hasMessage("Unknown option --follow");
        assertThatThrownBy(() -> parse("all", "--aggregate")).hasMessage("Option --aggregate needs a value");
        assertThatThrownBy(() -> parse("all", "--aggregate", "--max", "1")).hasMessage("Option --aggregate needs a value");
        assertThatThrownBy(() -> parse("all", "--max", "0")).hasMessageContaining("--max needs a positive whole number, not 0");
        assertThatThrownBy(() -> parse("all", "--idle-timeout", "ten")).hasMessageContaining("--idle-timeout needs a positive duration");
        assertThatThrownBy(() -> parse("all", "--idle-timeout", "0s")).hasMessageContaining("--idle-timeout needs a positive duration");
    }

    private static TailOptions parse(String... args) {
        return TailOptions.parse(List.of(args), NO_ENV);
    }
}

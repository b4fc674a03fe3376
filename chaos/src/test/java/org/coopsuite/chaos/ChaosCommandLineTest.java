package org.coopsuite.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** ./coop chaos's options: parsed only, no run here (the small fault-injected run is e2e-tests' ServiceKillsIT). */
class ChaosCommandLineTest {

    @Test
    void defaultsAreThoseOfIssue25() {
        Chaos chaos = parse();

        assertThat(chaos.threads).isEqualTo(200);
        assertThat(chaos.seconds).isEqualTo(300);
        assertThat(chaos.serviceKills).isEqualTo(10);
        assertThat(chaos.stackKills).isEqualTo(2);
        assertThat(chaos.mongoPauses).isEqualTo(1);
        assertThat(chaos.seed).isNull();
        assertThat(chaos.keepData).isFalse();
    }

    @Test
    void theSeedOptionDecidesTheSchedule() {
        Chaos chaos = parse("--seed", "25", "--seconds", "120", "--service-kills", "3", "--stack-kills", "0",
                "--mongo-pauses", "0", "--threads", "4", "--keep-data");

        assertThat(chaos.schedule()).isEqualTo(FaultSchedule.plan(25, java.time.Duration.ofSeconds(120), 3, 0, 0));
        assertThat(chaos.threads).isEqualTo(4);
        assertThat(chaos.keepData).isTrue();
        assertThat(parse().schedule().faults()).hasSize(13);
    }

    @Test
    void refusesNoThreadsAndNegativeCounts() {
        assertThatThrownBy(() -> parse("--threads", "0")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("not a positive whole number");
        assertThatThrownBy(() -> parse("--service-kills", "-1")).isInstanceOf(ParameterException.class)
                .hasMessageContaining("not a whole number of 0 or more");
        assertThatThrownBy(() -> parse("--seed", "x")).isInstanceOf(ParameterException.class);
    }

    private static Chaos parse(String... args) {
        Chaos chaos = new Chaos();
        new CommandLine(chaos).parseArgs(args);
        return chaos;
    }
}

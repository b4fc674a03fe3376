package org.coopsuite.tools.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LagTest {

    @Test
    void isWhatTheGroupHasNotCommittedOfTheLog() {
        assertThat(new Lag.OfPartition("t", 0, 90L, 0, 100).lag()).isEqualTo(10);
        assertThat(new Lag.OfPartition("t", 0, 100L, 0, 100).lag()).isZero();
    }

    @Test
    void countsTheWholeLogWhenTheGroupCommittedNothingSinceItReadsFromTheEarliest() {
        assertThat(new Lag.OfPartition("t", 0, null, 0, 100).lag()).isEqualTo(100);
        assertThat(new Lag.OfPartition("t", 0, null, 40, 100).lag()).isEqualTo(60);
        assertThat(new Lag.OfPartition("t", 0, null, 0, 0).lag()).isZero();
    }

    @Test
    void startsFromTheLogsStartWhenTheCommitIsBelowItAndIsNeverNegative() {
        assertThat(new Lag.OfPartition("t", 0, 10L, 40, 100).lag()).isEqualTo(60);
        assertThat(new Lag.OfPartition("t", 0, 120L, 0, 100).lag()).isZero();
    }

    @Test
    void sumsPartitionsIntoTopicsAndTopicsIntoTheGroup() {
        Lag.OfTopic dialogue = new Lag.OfTopic("coop.dialogue.events", List.of(
                new Lag.OfPartition("coop.dialogue.events", 0, 5L, 0, 7),
                new Lag.OfPartition("coop.dialogue.events", 1, null, 0, 3)));
        Lag.OfTopic funding = new Lag.OfTopic("coop.funding.events", List.of(
                new Lag.OfPartition("coop.funding.events", 0, null, 0, 0)));
        Lag.OfGroup group = new Lag.OfGroup("call-service", List.of(dialogue, funding));

        assertThat(dialogue.lag()).isEqualTo(5);
        assertThat(dialogue.committed()).isTrue();
        assertThat(funding.committed()).isFalse();
        assertThat(group.lag()).isEqualTo(5);
    }
}

package org.coopsuite.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The verdict: clean only with nothing lost, nothing duplicated, no audit violation and every fault done. */
class ChaosResultTest {

    @Test
    void cleanWhenNothingIsLostOrDuplicatedTheAuditIsCleanAndEveryFaultWasDone() {
        assertThat(result(List.of(), List.of(), 0, 10).clean()).isTrue();
    }

    @Test
    void notCleanOnALostOrDuplicatedEffectAViolationOrAFaultNotDone() {
        assertThat(result(List.of("POST /api/dialogues: no DialogueScheduled on d1"), List.of(), 0, 10).clean()).isFalse();
        assertThat(result(List.of(), List.of("commitment: 2 FundingCommitted on a1"), 0, 10).clean()).isFalse();
        assertThat(result(List.of(), List.of(), 1, 10).clean()).isFalse();
        assertThat(result(List.of(), List.of(), 0, 9).clean()).as("a kill that failed").isFalse();
    }

    @Test
    void printsTheFiguresTheSeedAndEachFinding() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result(List.of("POST /api/dialogues: no DialogueScheduled on d1"), List.of(), 0, 10)
                .print(new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("LOST POST /api/dialogues: no DialogueScheduled on d1")
                .contains("chaos: seed 42, threads 200, 300 s")
                .contains("commands sent 5000 (sends with retries 5600), acknowledged 4990, not acknowledged 3")
                .contains("service kills 10, restarts 12, stack kills 2, MongoDB pauses 1 (13 faults planned)")
                .contains("effects checked 7000: lost 1, duplicated 0; audit violations 0")
                .contains("NOT CLEAN (seed 42;");
    }

    @Test
    void findingsListEveryLostAndDuplicatedEffectThenTheAudit() {
        ChaosResult result = new ChaosResult(42, 200, 300, 5000, 5600, 4990, 0, 3, 250, 120, 13, 10, 12, 2, 1, 7000,
                List.of("a"), List.of("b"), 1, "VIOLATION x\naudit: 1 violations\n");

        assertThat(result.findings()).containsExactly("LOST a", "DUPLICATED b", "VIOLATION x", "audit: 1 violations");
    }

    private static ChaosResult result(List<String> lost, List<String> duplicated, int violations, int serviceKills) {
        return new ChaosResult(42, 200, 300, 5000, 5600, 4990, 0, 3, 250, 120, 13, serviceKills, 12, 2, 1, 7000,
                lost, duplicated, violations, "audit: " + violations + " violations\n");
    }
}

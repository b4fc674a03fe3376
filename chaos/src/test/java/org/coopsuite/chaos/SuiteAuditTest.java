package org.coopsuite.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.Test;

/** The audit's count of violations as the run reads it from the audit's last line. */
class SuiteAuditTest {

    @Test
    void readsTheCountOfTheLastLine() {
        assertThat(SuiteAudit.violations("audit: 120 events (0 published again) of 40 aggregates on a, b; 0 violations\n",
                CommandLines.OK)).isZero();
        assertThat(SuiteAudit.violations("VIOLATION x\nVIOLATION y\naudit: 9 events of 3 aggregates; 2 violations\n",
                CommandLines.FAILED)).isEqualTo(2);
    }

    @Test
    void anAuditThatCouldNotCountIsAViolation() {
        assertThat(SuiteAudit.violations("audit: Kafka at 127.0.0.1:1: did not answer", CommandLines.FAILED)).isEqualTo(1);
    }
}

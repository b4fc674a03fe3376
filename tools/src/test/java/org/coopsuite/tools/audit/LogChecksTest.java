package org.coopsuite.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class LogChecksTest {

    private final AuditEvents events = new AuditEvents();

    @Test
    void aCleanLogHasNoViolation() {
        events.dialogueOpened("d-1", 1);
        events.dialogueOpened("d-1", 2);
        events.submitted("c-1", 1);
        events.agreementOpened("a-1", "c-1", 1);

        assertThat(LogChecks.all(events.log)).isEmpty();
    }

    @Test
    void theSameEventTwiceIsThePublisherRepeatingItselfNotAViolation() {
        LoggedEvent first = events.dialogueOpened("d-1", 1);
        events.add(first.topic(), first.event());

        assertThat(LogChecks.versions(events.log)).isEmpty();
        assertThat(LogChecks.republished(events.log)).isEqualTo(1);
    }

    @Test
    void twoEventsForOneVersionAreAViolationNamingBoth() {
        events.dialogueOpened("d-1", 1);
        LoggedEvent second = events.dialogueOpened("d-1", 2);
        LoggedEvent other = events.dialogueOpened("d-1", 2);

        List<Violation> violations = LogChecks.versions(events.log);

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.check()).isEqualTo(LogChecks.VERSIONS);
            assertThat(v.aggregate()).isEqualTo("Dialogue d-1");
            assertThat(v.detail()).contains("version 2 has 2 different events");
            assertThat(v.events()).containsExactly(second, other);
        });
    }

    @Test
    void aGapAndAMissingFirstVersionAreViolationsNamingTheEventsAroundThem() {
        LoggedEvent first = events.dialogueOpened("d-1", 1);
        LoggedEvent fourth = events.dialogueOpened("d-1", 4);
        LoggedEvent late = events.dialogueOpened("d-2", 2);

        List<Violation> violations = LogChecks.versions(events.log);

        assertThat(violations).extracting(Violation::aggregate, Violation::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dialogue d-1", "versions 2..3 missing (a gap before version 4)"),
                org.assertj.core.groups.Tuple.tuple("Dialogue d-2", "version 1 missing (a gap before version 2)"));
        assertThat(violations.get(0).events()).containsExactly(first, fourth);
        assertThat(violations.get(1).events()).containsExactly(late);
    }

    @Test
    void aCallSubmittedForFundingNeedsExactlyOneAgreement() {
        LoggedEvent none = events.submitted("c-none", 1);
        LoggedEvent two = events.submitted("c-two", 1);
        LoggedEvent a = events.agreementOpened("a-1", "c-two", 1);
        LoggedEvent b = events.agreementOpened("a-2", "c-two", 1);
        LoggedEvent stray = events.agreementOpened("a-3", "c-never", 1);

        List<Violation> violations = LogChecks.agreements(events.log);

        assertThat(violations).extracting(Violation::aggregate).containsExactly("Call c-none", "Call c-two", "Call c-never");
        assertThat(violations.get(0).events()).containsExactly(none);
        assertThat(violations.get(1).detail()).contains("2 agreements");
        assertThat(violations.get(1).events()).containsExactly(two, a, b);
        assertThat(violations.get(2).events()).containsExactly(stray);
    }
}

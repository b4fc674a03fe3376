package org.coopsuite.tools.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class GrantChecksTest {

    private final AuditEvents events = new AuditEvents();

    /** A call with p-1 selected (EU 60, JP 500) and p-2 on the reserve list; EU and JP committed 100 and 1000. */
    private void allocatedCall() {
        events.submitted("c-1", 1);
        events.results("c-1", 2, List.<String[]>of(new String[] {"p-1", "60", "500"}),
                List.<String[]>of(new String[] {"p-2", "30", "400"}));
        events.agreementOpened("a-1", "c-1", 1);
        events.committed("a-1", "c-1", 2, "EU", "100");
        events.committed("a-1", "c-1", 3, "JP", "1000");
    }

    @Test
    void grantsOfTheSelectedRequestsWithinTheCommitmentsAreClean() {
        allocatedCall();
        events.granted("a-1", "c-1", 4, "p-1", "EU", "60.00", false);
        events.granted("a-1", "c-1", 5, "p-1", "JP", "500", false);
        events.allocationCompleted("a-1", "c-1", 6);
        events.granted("a-1", "c-1", 7, "p-2", "EU", "30", true);

        assertThat(GrantChecks.of(events.log)).isEmpty();
    }

    @Test
    void aProposalGrantedTwiceForASideIsADuplicateEffect() {
        allocatedCall();
        LoggedEvent once = events.granted("a-1", "c-1", 4, "p-1", "EU", "60", false);
        LoggedEvent twice = events.granted("a-1", "c-1", 5, "p-1", "EU", "60", false);

        List<Violation> violations = GrantChecks.of(events.log);

        assertThat(violations).extracting(Violation::detail).containsExactly(
                "proposal and side p-1 EU granted 2 times (once expected)", "EU granted 120, more than it committed (100)");
        assertThat(violations.get(0).aggregate()).isEqualTo("Agreement a-1");
        assertThat(violations.get(0).events()).containsExactly(once, twice);
    }

    @Test
    void aGrantOtherThanTheRequestOrOfAProposalNotInTheResultsIsAViolation() {
        allocatedCall();
        events.granted("a-1", "c-1", 4, "p-1", "EU", "61", false);
        events.granted("a-1", "c-1", 5, "p-9", "JP", "1", false);
        events.granted("a-1", "c-1", 6, "p-2", "JP", "400", false);

        assertThat(GrantChecks.of(events.log)).extracting(Violation::detail).containsExactly(
                "proposal p-1 granted 61 EUR for EU, but it requested 60 EUR",
                "proposal p-9 granted but neither selected nor on the reserve list of its call's results",
                "proposal p-2 granted as selected, but the results have it on the reserve list");
    }

    @Test
    void onceAllocatedASelectedRequestNeitherGrantedNorShortIsAViolation() {
        allocatedCall();
        events.granted("a-1", "c-1", 4, "p-1", "EU", "60", false);
        events.allocationCompleted("a-1", "c-1", 5);

        assertThat(GrantChecks.of(events.log)).extracting(Violation::detail)
                .containsExactly("selected proposal p-1 is neither granted nor short for JP");

        events.shortOf("a-1", "c-1", 6, "p-1", "JP");
        assertThat(GrantChecks.of(events.log)).isEmpty();
    }

    @Test
    void aSideGrantedMoreThanItCommittedIsAViolation() {
        events.submitted("c-1", 1);
        events.results("c-1", 2, List.<String[]>of(new String[] {"p-1", "60", "500"}, new String[] {"p-2", "60", "0"}),
                List.of());
        events.agreementOpened("a-1", "c-1", 1);
        events.committed("a-1", "c-1", 2, "EU", "100");
        events.granted("a-1", "c-1", 3, "p-1", "EU", "60", false);
        events.granted("a-1", "c-1", 4, "p-2", "EU", "60", false);

        assertThat(GrantChecks.of(events.log)).extracting(Violation::detail)
                .containsExactly("EU granted 120, more than it committed (100)");
    }
}

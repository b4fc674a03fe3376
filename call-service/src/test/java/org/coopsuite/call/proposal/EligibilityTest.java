package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.call.proposal.ProposalFixtures.coordinator;
import static org.coopsuite.call.proposal.ProposalFixtures.partner;
import static org.coopsuite.call.proposal.ProposalFixtures.proposal;
import static org.coopsuite.call.proposal.ProposalFixtures.selfFunded;

import java.util.List;
import java.util.Map;

import org.coopsuite.call.call.EligibilityRules;
import org.coopsuite.schemas.common.CallModality;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final List<String> SIDES = List.of("EU", "JP");

    @Test
    void findsNothingWrongWithAPartnerFromEverySide() {
        assertThat(reasons(proposal(coordinator("EU", "100"), partner("JP", "2000")), EligibilityRules.DEFAULT)).isEmpty();
    }

    @Test
    void countsOnlyFundedPartnersTowardsASidesMinimum() {
        List<String> reasons = reasons(proposal(coordinator("EU", "100"), selfFunded("JP")), EligibilityRules.DEFAULT);

        assertThat(reasons).containsExactly("needs at least 1 funded partner(s) from JP, has 0");
    }

    @Test
    void admitsASelfFundedPartnerOfASideThatDoesNotFundTheCallButNotAFundedOne() {
        assertThat(reasons(proposal(coordinator("EU", "1"), partner("JP", "1"), selfFunded("KR")), EligibilityRules.DEFAULT))
                .isEmpty();
        assertThat(reasons(proposal(coordinator("EU", "1"), partner("JP", "1"), partner("KR", "1")), EligibilityRules.DEFAULT))
                .containsExactly("partners from KR, which does not fund the call, must be self-funded");
    }

    @Test
    void reportsEveryBrokenRule() {
        EligibilityRules strict = new EligibilityRules(2, Map.of("EU", ProposalFixtures.money("EU", "150")), true, false);
        SubmitProposal noStatement = new SubmitProposal("call-1", "X", "Y",
                List.of(coordinator("EU", "100"), partner("EU", "100"), partner("JP", "5"), selfFunded("JP")), " ", List.of());

        assertThat(reasons(noStatement, strict)).containsExactly(
                "needs at least 2 funded partner(s) from JP, has 1",
                "requests 200 EUR from EU, over its cap of 150",
                "the call requires a data-management / open-access statement",
                "the call admits no self-funded partners");
    }

    @Test
    void wantsTwoTwinnedProjectsOfTwoSidesInATwinningCall() {
        SubmitProposal untwinned = proposal(coordinator("EU", "1"), partner("JP", "1"));
        SubmitProposal twinned = new SubmitProposal("call-1", "T", "T", untwinned.consortium(), "open",
                List.of(new TwinnedProject("EU", "GA-101"), new TwinnedProject("JP", "JPMJMS-7")));

        assertThat(Eligibility.reasons(untwinned, CallModality.TWINNING, SIDES, EligibilityRules.DEFAULT)).hasSize(1);
        assertThat(Eligibility.reasons(twinned, CallModality.TWINNING, SIDES, EligibilityRules.DEFAULT)).isEmpty();
    }

    private static List<String> reasons(SubmitProposal proposal, EligibilityRules rules) {
        return Eligibility.reasons(proposal, CallModality.JOINT, SIDES, rules);
    }
}

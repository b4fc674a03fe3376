package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.funding.agreement.AgreementFixtures.CONTEXT;
import static org.coopsuite.funding.agreement.AgreementFixtures.TODAY;
import static org.coopsuite.funding.agreement.AgreementFixtures.allocated;
import static org.coopsuite.funding.agreement.AgreementFixtures.events;
import static org.coopsuite.funding.agreement.AgreementFixtures.eventTypes;
import static org.coopsuite.funding.agreement.AgreementFixtures.proposal;
import static org.coopsuite.funding.agreement.AgreementFixtures.secured;
import static org.coopsuite.funding.agreement.AgreementFixtures.stored;

import java.math.BigDecimal;
import java.util.List;

import org.coopsuite.funding.allocation.PartnerRequest;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.funding.allocation.Shortfall;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.junit.jupiter.api.Test;

/**
 * Allocation on a secured agreement of EU 5,000,000.00 EUR and JP 800,000,000 JPY: grants per
 * proposal and side, shortfalls, and what a later top-up funds.
 */
class AllocationTest {

    /** Best first: p-1 and p-2 fit both sides; p-3 is too much for JP (500,000,000 left, 600,000,000 asked). */
    private static Results results() {
        return new Results(List.of(
                proposal("p-2", 2, "EU:KTH:1000000.00", "JP:Tohoku:200000000"),
                proposal("p-1", 1, "EU:TU Delft:1500000.00", "EU:Inria:500000.00", "JP:Kyoto:100000000"),
                proposal("p-3", 3, "EU:ETH:1000000.00", "JP:Osaka:600000000"),
                proposal("p-4", 4, "EU:CNRS:10.00", "JP:Nagoya:1")),
                List.of(proposal("r-2", 6, "EU:Aalto:400000.00", "JP:Keio:1"),
                        proposal("r-1", 5, "EU:Lund:600000.00", "JP:Hokkaido:1")));
    }

    @Test
    void allocatesEachSidesShareOfEverySelectedProposalBestFirst() {
        Agreement agreement = secured().allocate(new Results(List.of(
                proposal("p-2", 2, "EU:KTH:1000000.00", "JP:Tohoku:200000000"),
                proposal("p-1", 1, "EU:TU Delft:1500000.00", "EU:Inria:500000.00", "JP:Kyoto:100000000")), List.of()),
                CONTEXT);

        List<GrantAllocated> grants = events(agreement, GrantAllocated.class);
        assertThat(grants).extracting(g -> g.getProposalId() + " " + g.getSide() + " " + g.getAmount().getAmount())
                .containsExactly("p-1 EU 2000000.00", "p-1 JP 100000000", "p-2 EU 1000000.00", "p-2 JP 200000000");
        assertThat(grants.get(0).getPartners()).extracting(p -> p.getOrganisation() + " " + p.getAmount().getAmount())
                .containsExactly("TU Delft 1500000.00", "Inria 500000.00");
        assertThat(grants.get(0).getStrategicAreas()).containsExactly("CLIMATE_CHANGE");
        assertThat(grants.get(0).getClimateCoefficient()).isEqualTo(40);
        assertThat(grants.get(0).getFromReserve()).isFalse();
        AllocationCompleted completed = events(agreement, AllocationCompleted.class).get(0);
        assertThat(completed.getGrants()).isEqualTo(4);
        assertThat(completed.getAllocatedPerSide()).extracting(s -> s.getSide() + " " + s.getAmount().getAmount())
                .containsExactly("EU 3000000.00", "JP 300000000");
        assertThat(agreement.state()).isEqualTo(AgreementState.ALLOCATED);
    }

    @Test
    void raisesAShortfallForTheSideThatCannotCoverItsShareAndStillFundsTheOtherSide() {
        Agreement agreement = secured().allocate(results(), CONTEXT);

        assertThat(events(agreement, FundingShortfallDetected.class))
                .extracting(s -> s.getProposalId() + " " + s.getSide() + " " + s.getMissing().getAmount())
                .as("JP's 500,000,000 left are held for p-3, so p-4's share is missing whole")
                .containsExactly("p-3 JP 100000000", "p-4 JP 1");
        assertThat(events(agreement, GrantAllocated.class)).extracting(g -> g.getProposalId() + " " + g.getSide())
                .containsExactly("p-1 EU", "p-1 JP", "p-2 EU", "p-2 JP", "p-3 EU", "p-4 EU");
        AllocationCompleted completed = events(agreement, AllocationCompleted.class).get(0);
        assertThat(completed.getShortfalls()).isEqualTo(2);
        assertThat(completed.getGrants()).isEqualTo(6);
    }

    @Test
    void givesEveryShortfallItsOwnStableId() {
        List<FundingShortfallDetected> shortfalls = events(secured().allocate(results(), CONTEXT),
                FundingShortfallDetected.class);

        assertThat(shortfalls).extracting(FundingShortfallDetected::getShortfallId).doesNotHaveDuplicates()
                .contains(AgreementAllocation.shortfallId(Agreement.idFor("call-1"), "p-3", "JP"));
    }

    @Test
    void allocatesResultsDeliveredTwiceOnce() {
        Agreement agreement = allocated(results());

        assertThat(agreement.allocate(results(), CONTEXT).recordedEvents()).isEmpty();
        assertThat(agreement.grants()).hasSize(6);
    }

    @Test
    void aTopUpResolvesShortfallsInRankingOrderThenFundsTheReserve() {
        Agreement agreement = allocated(results());

        Agreement covered = agreement.topUp("c-jp", new BigDecimal("100000000"), TODAY, null, "JP", "JST", CONTEXT);

        assertThat(eventTypes(covered)).containsExactly("FundingToppedUp", "FundingShortfallResolved", "GrantAllocated");
        assertThat(events(covered, FundingShortfallResolved.class).get(0).getProposalId()).isEqualTo("p-3");

        Agreement more = stored(covered).topUp("c-jp", new BigDecimal("2"), TODAY, null, "JP", "JST", CONTEXT);

        assertThat(events(more, GrantAllocated.class))
                .extracting(g -> g.getProposalId() + " " + g.getSide() + " " + g.getFromReserve())
                .as("p-4's shortfall, then the best reserve proposal r-1 (EU has 999,990.00 left) but not r-2")
                .containsExactly("p-4 JP false", "r-1 EU true", "r-1 JP true");
        Agreement after = stored(more);
        assertThat(after.reserve()).extracting(ProposalShares::proposalId).containsExactly("r-2");
        assertThat(after.shortfalls()).allMatch(Shortfall::resolved);
        assertThat(after.allocated("EU").amount()).isEqualByComparingTo("4600010.00");
    }

    @Test
    void aTopUpTooSmallForTheFirstShortfallFundsNothingWorseRanked() {
        Agreement agreement = allocated(results());

        Agreement topped = agreement.topUp("c-jp", new BigDecimal("99999999"), TODAY, null, "JP", "JST", CONTEXT);

        assertThat(eventTypes(topped)).containsExactly("FundingToppedUp");
    }

    @Test
    void passesOverAReserveProposalASideCannotCoverAndFundsTheNextThatFits() {
        Agreement agreement = allocated(new Results(List.of(),
                List.of(proposal("r-1", 1, "EU:Lund:6000000.00", "JP:Keio:1"), proposal("r-2", 2, "EU:Aalto:1.00", "JP:Keio:1"))));

        Agreement topped = agreement.topUp("c-jp", BigDecimal.ONE, TODAY, null, "JP", "JST", CONTEXT);

        assertThat(events(topped, GrantAllocated.class)).extracting(g -> g.getProposalId() + " " + g.getSide())
                .containsExactly("r-2 EU", "r-2 JP");
    }

    @Test
    void givenAnAllocatedAgreement_whenTheCallExtendsItsReserveAfterARedress_thenATopUpFundsItAtItsRank() {
        Agreement agreement = allocated(new Results(List.of(),
                List.of(proposal("r-2", 2, "EU:Aalto:1.00", "JP:Keio:1"))));

        Agreement extended = agreement.extendReserve(proposal("redressed", 1, "EU:Lund:1.00", "JP:Kobe:1"), CONTEXT);

        assertThat(eventTypes(extended)).containsExactly("ReserveProposalAdded");
        Agreement stored = stored(extended);
        assertThat(eventTypes(stored.extendReserve(proposal("redressed", 1, "EU:Lund:1.00", "JP:Kobe:1"), CONTEXT)))
                .as("the same extension delivered again").isEmpty();
        Agreement topped = stored.topUp("c-jp", BigDecimal.ONE, TODAY, null, "JP", "JST", CONTEXT);
        assertThat(events(topped, GrantAllocated.class)).extracting(g -> g.getProposalId() + " " + g.getSide())
                .as("the redressed proposal at its rank 1, before r-2").containsExactly("redressed EU", "redressed JP",
                        "r-2 EU", "r-2 JP");
    }

    @Test
    void givenASecuredAgreement_whenTheReserveIsExtended_thenRefused() {
        Agreement agreement = secured();

        assertThatThrownBy(() -> agreement.extendReserve(proposal("x", 1, "EU:Lund:1.00"), CONTEXT))
                .isInstanceOf(org.coopsuite.platform.domain.IllegalTransitionException.class).hasMessageContaining("SECURED");
        assertThat(agreement.recordedEvents()).isEmpty();
    }

    @Test
    void refusesResultsAskingASideInAnotherCurrency() {
        Results usd = new Results(List.of(new ProposalShares("p-1", 1, java.util.Map.of("EU", List.of(
                new PartnerRequest("MIT", new org.coopsuite.platform.domain.Money(BigDecimal.TEN, "USD")))))), List.of());

        assertThatThrownBy(() -> secured().allocate(usd, CONTEXT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("USD");
    }

    @Test
    void refusesResultsWithARequestThatIsNotPositive() {
        Results negative = new Results(List.of(proposal("p-1", 1, "EU:TU Delft:-10.00")), List.of());

        assertThatThrownBy(() -> secured().allocate(negative, CONTEXT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a positive amount");
    }

    @Test
    void refusesResultsAskingASideThatDoesNotTakePart() {
        Results korea = new Results(List.of(new ProposalShares("p-1", 1, java.util.Map.of("KR", List.of(
                new PartnerRequest("KAIST", new org.coopsuite.platform.domain.Money(BigDecimal.TEN, "KRW")))))), List.of());

        assertThatThrownBy(() -> secured().allocate(korea, CONTEXT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("KR");
    }
}

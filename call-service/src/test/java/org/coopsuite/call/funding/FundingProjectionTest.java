package org.coopsuite.call.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.call.FundingEvents.budget;

import java.math.BigDecimal;

import org.coopsuite.call.FundingEvents;
import org.coopsuite.platform.domain.Money;
import org.junit.jupiter.api.Test;

class FundingProjectionTest {

    private final FundingProjection projection = new FundingProjection();

    @Test
    void keepsEachSidesLatestCommitmentAfterCoFundingIsSecured() {
        FundingView view = projection.newView("call-1");

        projection.apply(view, FundingEvents.secured("agr-1", "call-1", 4, budget("EU", "250", "EUR", "JP", "900", "JPY")));
        projection.apply(view, FundingEvents.toppedUp("agr-1", "call-1", 5, "EU", "50", "300", "EUR"));

        assertThat(view.isSecured()).isTrue();
        assertThat(view.getAgreementId()).isEqualTo("agr-1");
        assertThat(view.getCommitted()).containsEntry("EU", new Money(new BigDecimal("300"), "EUR"))
                .containsEntry("JP", new Money(new BigDecimal("900"), "JPY"));
    }

    @Test
    void filesEveryFundingEventUnderItsCall() {
        assertThat(projection.viewId(FundingEvents.toppedUp("agr-1", "call-9", 5, "EU", "1", "1", "EUR")))
                .isEqualTo("call-9");
    }

    @Test
    void givesEachProposalItsFundingOutcomeFromGrantsAndShortfalls() {
        FundingView view = given(FundingEvents.granted("agr-1", "call-1", 5, "p-1", "EU", "100", "EUR", false),
                FundingEvents.granted("agr-1", "call-1", 6, "p-1", "JP", "900", "JPY", false),
                FundingEvents.granted("agr-1", "call-1", 7, "p-2", "EU", "100", "EUR", false),
                FundingEvents.shortfall("agr-1", "call-1", 8, "p-2", "KR", "5000", "KRW"),
                FundingEvents.shortfall("agr-1", "call-1", 9, "p-2", "JP", "900", "JPY"),
                FundingEvents.granted("agr-1", "call-1", 10, "p-3", "EU", "100", "EUR", true),
                FundingEvents.granted("agr-1", "call-1", 11, "p-3", "JP", "900", "JPY", true));

        assertThat(view.getProposals().get("p-1").getOutcome()).isEqualTo(FundingOutcome.FUNDED);
        assertThat(view.getProposals().get("p-2").getOutcome()).isEqualTo(FundingOutcome.PARTIALLY_FUNDED);
        assertThat(view.getProposals().get("p-2").getSidesShort()).containsExactly("JP", "KR");
        assertThat(view.getProposals().get("p-3").getOutcome()).isEqualTo(FundingOutcome.RESERVE_FUNDED);
        assertThat(view.getProposals().get("p-1").getGranted()).containsEntry("JP", new Money(new BigDecimal("900"), "JPY"));
        assertThat(view.getFundedCount()).isEqualTo(2);
        assertThat(view.getPartiallyFundedCount()).isEqualTo(1);
    }

    @Test
    void aResolvedShortfallFundsTheProposalInFull() {
        FundingView view = given(FundingEvents.granted("agr-1", "call-1", 5, "p-2", "EU", "100", "EUR", false),
                FundingEvents.shortfall("agr-1", "call-1", 6, "p-2", "JP", "900", "JPY"),
                FundingEvents.resolved("agr-1", "call-1", 7, "p-2", "JP"),
                FundingEvents.granted("agr-1", "call-1", 8, "p-2", "JP", "900", "JPY", false));

        assertThat(view.getProposals().get("p-2").getOutcome()).isEqualTo(FundingOutcome.FUNDED);
        assertThat(view.getProposals().get("p-2").getSidesShort()).isEmpty();
        assertThat(view.getFundedCount()).isEqualTo(1);
    }

    private FundingView given(org.apache.avro.specific.SpecificRecord... events) {
        FundingView view = projection.newView("call-1");
        for (var event : events) {
            projection.apply(view, event);
        }
        return view;
    }

    @Test
    void isNotSecuredBeforeCoFundingSecured() {
        FundingView view = projection.newView("call-1");

        projection.apply(view, FundingEvents.toppedUp("agr-1", "call-1", 3, "EU", "50", "300", "EUR"));

        assertThat(view.isSecured()).isFalse();
    }
}

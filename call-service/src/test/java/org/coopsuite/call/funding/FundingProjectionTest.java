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
    void isNotSecuredBeforeCoFundingSecured() {
        FundingView view = projection.newView("call-1");

        projection.apply(view, FundingEvents.toppedUp("agr-1", "call-1", 3, "EU", "50", "300", "EUR"));

        assertThat(view.isSecured()).isFalse();
    }
}

package org.coopsuite.dialogue.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.CallDrafted;
import org.junit.jupiter.api.Test;

/** Given a call's events, expect its overview and the area totals the overview shows. */
class CallOverviewProjectionTest {

    private final OverviewProjection projection = new CallOverviewProjection();
    private final OverviewEvents events = new OverviewEvents("call-1", Instant.parse("2026-09-15T10:00:00Z"));

    @Test
    void everyCallProposalAndAgreementEventGoesToItsCallsView() {
        assertThat(projection.viewId(events.drafted())).isEqualTo("call-1");
        assertThat(projection.viewId(events.submitted("p-1"))).isEqualTo("call-1");
        assertThat(projection.viewId(events.allocated(5, "p-1", "EU", "1", "EUR"))).isEqualTo("call-1");
    }

    @Test
    void followsTheCallFromDraftToResultsWithItsMoneyPerSide() {
        CallOverview view = given(events.drafted(), events.opened(), events.submitted("p-1"), events.submitted("p-2"),
                events.agreementOpened(), events.committed(2, "EU", "5000000.00", "EUR"),
                events.committed(3, "JP", "800000000", "JPY"), events.toppedUp(4, "JP", "100000000", "900000000", "JPY"),
                events.results("p-1"), events.allocated(5, "p-1", "EU", "1200000.00", "EUR"),
                events.allocated(6, "p-1", "JP", "150000000", "JPY"), events.shortfall(7, "sf-1"),
                events.shortfall(8, "sf-2"), events.resolved(9, "sf-1"));

        assertThat(view.getState()).isEqualTo("RESULTS_PUBLISHED");
        assertThat(view.getProposals()).containsExactly("p-1", "p-2");
        assertThat(view.getSelected()).singleElement().satisfies(p -> assertThat(p.openAccessStatement()).contains("Zenodo"));
        assertThat(view.getCommitted()).containsEntry("JP", jpy("900000000"));
        assertThat(view.getAllocated()).containsEntry("EU", eur("1200000.00")).containsEntry("JP", jpy("150000000"));
        assertThat(view.climateRelevant("EU")).isEqualTo(eur("480000.0000"));
        assertThat(view.getOpenShortfalls()).containsExactly("sf-2");
        assertThat(view.getResultsPublishedOn()).hasToString("2026-09-15");
    }

    @Test
    void sumsEachAreaPerSideInTheSidesOwnCurrency() {
        CallOverview first = given(events.drafted(), events.allocated(5, "p-1", "EU", "1200000.00", "EUR"),
                events.allocated(6, "p-1", "JP", "150000000", "JPY"));
        OverviewEvents other = new OverviewEvents("call-2", Instant.parse("2026-09-15T10:00:00Z"));
        CallOverview second = given(other.drafted(), other.opened(), other.allocated(5, "p-9", "EU", "800000.00", "EUR"));

        AreaOverview climate = AreaTotals.perArea(List.of(first, second)).get("CLIMATE_CHANGE");

        assertThat(climate.callsByState()).isEqualTo(Map.of("DRAFT", 1L, "OPEN", 1L));
        assertThat(climate.allocated()).containsEntry("EU", eur("2000000.00")).containsEntry("JP", jpy("150000000"));
        assertThat(climate.climateRelevant()).containsEntry("EU", eur("800000.0000"));
        assertThat(climate.indicative()).containsEntry("EU", eur("10000000.00"));
    }

    @Test
    void sumsEachGlobalChallengePerSideAndCountsACallInEveryChallengeItAddresses() {
        CallDrafted pandemicsAndAgeing = CallDrafted.newBuilder(events.drafted())
                .setGlobalChallenges(List.of("PANDEMICS", "AGEING_SOCIETIES")).build();
        CallOverview first = given(pandemicsAndAgeing, events.allocated(5, "p-1", "EU", "1200000.00", "EUR"),
                events.allocated(6, "p-1", "JP", "150000000", "JPY"));
        OverviewEvents other = new OverviewEvents("call-2", Instant.parse("2026-09-15T10:00:00Z"));
        CallOverview second = given(CallDrafted.newBuilder(other.drafted()).setGlobalChallenges(List.of("PANDEMICS")).build(),
                other.opened(), other.allocated(5, "p-9", "EU", "800000.00", "EUR"));
        CallOverview none = given(new OverviewEvents("call-3", Instant.parse("2026-09-15T10:00:00Z")).drafted());

        Map<String, AreaOverview> challenges = AreaTotals.perChallenge(List.of(first, second, none));

        assertThat(challenges).containsOnlyKeys("PANDEMICS", "AGEING_SOCIETIES");
        assertThat(challenges.get("PANDEMICS").callsByState()).isEqualTo(Map.of("DRAFT", 1L, "OPEN", 1L));
        assertThat(challenges.get("PANDEMICS").allocated()).containsEntry("EU", eur("2000000.00"))
                .containsEntry("JP", jpy("150000000"));
        assertThat(challenges.get("AGEING_SOCIETIES").allocated()).containsEntry("EU", eur("1200000.00"));
    }

    @Test
    void refusesToAddTwoCurrenciesOfOneSide() {
        SideTotals totals = new SideTotals();
        totals.add("EU", eur("1"));

        assertThatIllegalStateException().isThrownBy(() -> totals.add("EU", jpy("1"))).withMessageContaining("JPY");
    }

    private CallOverview given(SpecificRecord... history) {
        CallOverview view = projection.newView("call-x");
        for (SpecificRecord event : history) {
            projection.apply(view, event);
        }
        return view;
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    private static Money jpy(String amount) {
        return new Money(new BigDecimal(amount), "JPY");
    }
}

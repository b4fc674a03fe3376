package org.coopsuite.funding.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.funding.agreement.AgreementHistory;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.junit.jupiter.api.Test;

/** The ledger rebuilt from an agreement's events equals what the agreement itself says. */
class LedgerProjectionTest {

    private final LedgerProjection projection = new LedgerProjection();

    @Test
    void rebuildsFromTheEventsToWhatTheAgreementHolds() {
        AgreementHistory history = AgreementHistory.ofAWholeLife();

        LedgerView view = rebuild(history.agreementId(), history.events());

        for (String side : List.of("EU", "JP")) {
            SideLedger ledger = view.getSides().get(side);
            assertThat(ledger.committed()).isEqualByComparingTo(history.committed(side).amount());
            assertThat(ledger.allocated()).isEqualByComparingTo(history.allocated(side).amount());
            assertThat(ledger.remaining()).isEqualByComparingTo(
                    history.committed(side).amount().subtract(history.allocated(side).amount()));
            assertThat(ledger.currency()).isEqualTo(history.committed(side).currency());
        }
        assertThat(view.getSides().get("EU").committed()).isEqualByComparingTo("5000000.00");
        assertThat(view.getSides().get("EU").remaining()).isEqualByComparingTo("0.01");
        assertThat(view.getSides().get("JP").allocated()).isEqualByComparingTo("900000001");
        assertThat(view.getSides().get("JP").openShortfalls()).isZero();
        assertThat(view.getSides().get("JP").indicative()).isEqualByComparingTo("800000000");
        assertThat(view.getState()).isEqualTo("ALLOCATED");
        assertThat(view.getStrategicAreas()).containsExactly("CLIMATE_CHANGE");
    }

    @Test
    void rebuildsThePoolOfAMixedAgreementFromItsEvents() {
        AgreementHistory history = AgreementHistory.ofAMixedAgreement();

        LedgerView view = rebuild(history.agreementId(), history.events());

        assertThat(history.grants()).as("p-1, then r-1 from the reserve").isEqualTo(4);
        assertThat(view.getPool().spent()).isEqualByComparingTo(history.poolSpent()).isPositive();
        assertThat(view.getPool().pooledIn(view.getSides())).isEqualByComparingTo(history.pooledIn());
        assertThat(view.getPool().pooledIn(view.getSides())).isGreaterThanOrEqualTo(view.getPool().spent());
        for (String side : List.of("EU", "JP")) {
            assertThat(view.getSides().get(side).allocated()).isEqualByComparingTo(history.allocated(side).amount());
            assertThat(view.getSides().get(side).committed()).isEqualByComparingTo(history.committed(side).amount());
        }
    }

    @Test
    void countsAShortfallUntilItIsResolved() {
        List<SpecificRecord> events = AgreementHistory.ofAWholeLife().events();
        int lastAllocation = events.size() - 1;
        while (!events.get(lastAllocation).getClass().getSimpleName().equals("AllocationCompleted")) {
            lastAllocation--;
        }

        LedgerView view = rebuild("agr", events.subList(0, lastAllocation + 1));

        assertThat(view.getSides().get("JP").openShortfalls()).isEqualTo(1);
        assertThat(view.getSides().get("EU").openShortfalls()).isZero();
    }

    @Test
    void refusesAnEventThatWouldTakeTheLedgerBelowZero() {
        AgreementHistory history = AgreementHistory.ofAWholeLife();
        LedgerView view = rebuild(history.agreementId(), history.events());
        FundingWithdrawn tooMuch = FundingWithdrawn.newBuilder()
                .setMeta(new EventContext(Instant.now(), "c", null, "funding-service").meta("FundingWithdrawn", "Agreement",
                        history.agreementId(), 99))
                .setAgreementId(history.agreementId()).setCallId("call-1").setCommitmentId("c-eu").setSide("EU")
                .setAgency("REA").setWithdrawn(Money.newBuilder().setAmount("0.02").setCurrency("EUR").build())
                .setWithdrawnOn(java.time.LocalDate.of(2026, 11, 25))
                .setSideCommitted(Money.newBuilder().setAmount("0").setCurrency("EUR").build()).build();

        assertThatThrownBy(() -> projection.apply(view, tooMuch)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("negative");
        assertThat(view.getSides().get("EU").remaining()).isEqualByComparingTo(new BigDecimal("0.01"));
    }

    private LedgerView rebuild(String id, List<SpecificRecord> events) {
        LedgerView view = projection.newView(id);
        events.forEach(event -> projection.apply(view, event));
        return view;
    }
}

package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.funding.agreement.AgreementFixtures.CONTEXT;
import static org.coopsuite.funding.agreement.AgreementFixtures.TODAY;
import static org.coopsuite.funding.agreement.AgreementFixtures.eu;
import static org.coopsuite.funding.agreement.AgreementFixtures.eur;
import static org.coopsuite.funding.agreement.AgreementFixtures.events;
import static org.coopsuite.funding.agreement.AgreementFixtures.eventTypes;
import static org.coopsuite.funding.agreement.AgreementFixtures.jp;
import static org.coopsuite.funding.agreement.AgreementFixtures.opened;
import static org.coopsuite.funding.agreement.AgreementFixtures.secured;
import static org.coopsuite.funding.agreement.AgreementFixtures.stored;

import java.math.BigDecimal;
import java.util.List;

import org.coopsuite.funding.allocation.Results;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.junit.jupiter.api.Test;

/** Commitments, top-ups and withdrawals, and securing: given an agreement, when a command, expect these events. */
class CommitmentTest {

    @Test
    void securesOnlyWhenEverySideHasCommittedAtLeastItsIndicativeBudget() {
        Agreement agreement = opened().commit(eu("c-eu", "5000000.00"), CONTEXT).commit(jp("c-jp", "500000000"), CONTEXT);
        assertThat(agreement.state()).isEqualTo(AgreementState.PENDING_COMMITMENTS);
        assertThat(eventTypes(agreement)).containsExactly("FundingCommitted", "FundingCommitted");

        Agreement topped = stored(agreement).topUp("c-jp", new BigDecimal("300000001"), TODAY, null, "JP", "JST", CONTEXT);

        assertThat(topped.state()).isEqualTo(AgreementState.SECURED);
        assertThat(eventTypes(topped)).containsExactly("FundingToppedUp", "CoFundingSecured");
        CoFundingSecured secured = events(topped, CoFundingSecured.class).get(0);
        assertThat(secured.getSecured()).extracting(s -> s.getSide() + " " + s.getAmount().getAmount() + " "
                + s.getAmount().getCurrency()).containsExactly("EU 5000000.00 EUR", "JP 800000001 JPY");
        assertThat(secured.getMechanism()).isEqualTo(FundingMechanism.VIRTUAL_COMMON_POT);
        assertThat(secured.getMeta().getAggregateVersion()).isEqualTo(5);
    }

    @Test
    void carriesTheSidesTotalCommitmentAfterEachChange() {
        Agreement agreement = opened().commit(eu("c-1", "1000000.00"), CONTEXT).commit(
                new Commitment("c-2", "EU", "ERCEA", eur("250000.50"), TODAY, null), CONTEXT);

        List<FundingCommitted> committed = events(agreement, FundingCommitted.class);
        assertThat(committed).extracting(e -> e.getSideCommitted().getAmount()).containsExactly("1000000.00", "1250000.50");
        assertThat(committed.get(1).getAgency()).isEqualTo("ERCEA");
        assertThat(committed.get(1).getRateToAgreementCurrency()).isNull();

        Agreement withdrawn = stored(agreement).withdraw("c-1", new BigDecimal("0.50"), TODAY, "EU", "REA", CONTEXT);
        FundingWithdrawn event = events(withdrawn, FundingWithdrawn.class).get(0);
        assertThat(event.getWithdrawn()).isEqualTo(Money.newBuilder().setAmount("0.50").setCurrency("EUR").build());
        assertThat(event.getSideCommitted().getAmount()).isEqualTo("1250000.00");
        assertThat(withdrawn.committed("EU").amount()).isEqualByComparingTo("1250000.00");
    }

    @Test
    void aFurtherCommitmentAfterSecuringDoesNotSecureAgain() {
        Agreement agreement = secured().commit(new Commitment("c-3", "JP", "AMED", AgreementFixtures.jpy("1"), TODAY, null),
                CONTEXT);

        assertThat(eventTypes(agreement)).containsExactly("FundingCommitted");
        assertThat(agreement.state()).isEqualTo(AgreementState.SECURED);
    }

    @Test
    void refusesASecondCommitmentOfOneAgencyPointingAtTheTopUpOfItsFirst() {
        Agreement agreement = stored(opened().commit(eu("c-eu", "1000000.00"), CONTEXT));

        assertThatThrownBy(() -> agreement.commit(eu("c-eu-again", "1000000.00"), CONTEXT))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("commit twice for one agency")
                .hasMessageContaining("/commitments/c-eu/top-ups")
                .extracting(e -> ((IllegalTransitionException) e).currentState()).asString().contains("REA", "c-eu");
        assertThat(agreement.committed("EU").amount()).isEqualByComparingTo("1000000.00");
        assertThat(eventTypes(agreement)).isEmpty();
        assertThat(agreement.commit(new Commitment("c-ercea", "EU", "ERCEA", eur("1.00"), TODAY, null), CONTEXT)
                .committed("EU").amount()).as("another agency of the side").isEqualByComparingTo("1000001.00");
    }

    @Test
    void refusesACommitmentOfASideThatDoesNotTakePart() {
        Commitment korea = new Commitment("c-kr", "KR", "NRF", new org.coopsuite.platform.domain.Money(BigDecimal.TEN, "KRW"),
                TODAY, null);

        assertThatThrownBy(() -> opened().commit(korea, CONTEXT)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("KR");
    }

    @Test
    void refusesAWithdrawalOfMoreThanTheCommitmentStandsAt() {
        Agreement agreement = stored(opened().commit(eu("c-eu", "100.00"), CONTEXT));

        assertThatThrownBy(() -> agreement.withdraw("c-eu", new BigDecimal("100.01"), TODAY, "EU", "REA", CONTEXT))
                .isInstanceOfSatisfying(InvalidCommandException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("amount"));
        assertThat(agreement.recordedEvents()).isEmpty();
    }

    @Test
    void withdrawsAWholeCommitmentBeforeSecuring() {
        Agreement agreement = stored(opened().commit(eu("c-eu", "100.00"), CONTEXT))
                .withdraw("c-eu", new BigDecimal("100.00"), TODAY, "EU", "REA", CONTEXT);

        assertThat(agreement.committed("EU").amount()).isZero();
        assertThat(events(agreement, FundingWithdrawn.class).get(0).getSideCommitted().getAmount()).isEqualTo("0.00");
    }

    @Test
    void refusesAWithdrawalThatTakesASecuredSideBelowItsIndicativeBudget() {
        Agreement agreement = stored(secured().topUp("c-eu", new BigDecimal("10.00"), TODAY, null, "EU", "REA", CONTEXT));

        Agreement within = stored(agreement).withdraw("c-eu", new BigDecimal("10.00"), TODAY, "EU", "REA", CONTEXT);
        assertThat(within.committed("EU").amount()).isEqualByComparingTo("5000000.00");
        assertThatThrownBy(() -> agreement.withdraw("c-eu", new BigDecimal("10.01"), TODAY, "EU", "REA", CONTEXT))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo("SECURED"))
                .hasMessageContaining("indicative budget");
    }

    @Test
    void letsOnlyTheAgencyThatMadeACommitmentChangeIt() {
        Agreement agreement = secured();

        assertThatThrownBy(() -> agreement.topUp("c-eu", BigDecimal.ONE, TODAY, null, "EU", "ERCEA", CONTEXT))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> agreement.withdraw("c-eu", BigDecimal.ONE, TODAY, "JP", "JST", CONTEXT))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> agreement.topUp("c-none", BigDecimal.ONE, TODAY, null, "EU", "REA", CONTEXT))
                .isInstanceOf(NotFoundException.class);
        assertThat(agreement.recordedEvents()).isEmpty();
    }

    @Test
    void refusesCommitmentsAndWithdrawalsAfterAllocationButAcceptsTopUps() {
        Agreement agreement = AgreementFixtures.allocated(new Results(List.of(), List.of()));

        assertThatThrownBy(() -> agreement.commit(eu("c-new", "1.00"), CONTEXT))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo("ALLOCATED"));
        assertThatThrownBy(() -> agreement.withdraw("c-eu", BigDecimal.ONE, TODAY, "EU", "REA", CONTEXT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(eventTypes(agreement.topUp("c-eu", BigDecimal.ONE, TODAY, null, "EU", "REA", CONTEXT)))
                .containsExactly("FundingToppedUp");
    }

    @Test
    void recordsATopUpWithWhatWasAddedAndTheNewSideTotal() {
        Agreement agreement = secured().topUp("c-jp", new BigDecimal("5"), TODAY.minusDays(1), null, "JP", "JST", CONTEXT);

        FundingToppedUp event = events(agreement, FundingToppedUp.class).get(0);
        assertThat(event.getAdded().getAmount()).isEqualTo("5");
        assertThat(event.getToppedUpOn()).isEqualTo(TODAY.minusDays(1));
        assertThat(event.getSideCommitted().getAmount()).isEqualTo("800000005");
        assertThat(event.getMeta().getAggregateId()).isEqualTo(agreement.id());
    }
}

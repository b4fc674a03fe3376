package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.funding.agreement.AgreementFixtures.CONTEXT;
import static org.coopsuite.funding.agreement.AgreementFixtures.events;
import static org.coopsuite.funding.agreement.AgreementFixtures.eventTypes;
import static org.coopsuite.funding.agreement.AgreementFixtures.openCall;
import static org.coopsuite.funding.agreement.AgreementFixtures.opened;
import static org.coopsuite.funding.agreement.AgreementFixtures.secured;
import static org.coopsuite.funding.agreement.AgreementFixtures.stored;

import java.util.List;

import org.coopsuite.funding.allocation.Grant;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.schemas.funding.AgreementLapsed;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.junit.jupiter.api.Test;

/** An agreement from opening to closing or lapsing. */
class AgreementLifecycleTest {

    @Test
    void opensUnderAVirtualCommonPotWithTheCallsSidesInOrder() {
        Agreement agreement = Agreement.open(openCall(), null, CONTEXT);

        AgreementOpened opened = events(agreement, AgreementOpened.class).get(0);
        assertThat(opened.getAgreementId()).isEqualTo(Agreement.idFor("call-1"));
        assertThat(opened.getMeta().getAggregateType()).isEqualTo("Agreement");
        assertThat(opened.getMeta().getAggregateVersion()).isEqualTo(1);
        assertThat(opened.getParticipatingSides()).containsExactly("EU", "JP");
        assertThat(opened.getIndicativeBudget()).extracting(s -> s.getSide() + " " + s.getAmount().getAmount())
                .containsExactly("EU 5000000.00", "JP 800000000");
        assertThat(opened.getMechanism()).isEqualTo(FundingMechanism.VIRTUAL_COMMON_POT);
        assertThat(opened.getClimateCoefficient()).isEqualTo(40);
        assertThat(agreement.state()).isEqualTo(AgreementState.PENDING_COMMITMENTS);
    }

    @Test
    void refusesACallThatDoesNotBudgetEverySide() {
        OpenAgreement call = openCall();
        OpenAgreement withoutJapansBudget = new OpenAgreement(call.callId(), call.participatingSides(),
                java.util.Map.of("EU", call.indicativeBudget().get("EU")), call.strategicAreas(), 40);

        assertThatThrownBy(() -> Agreement.open(withoutJapansBudget, null, CONTEXT)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("budgets [EU]");
    }

    @Test
    void derivesOneAgreementIdPerCall() {
        assertThat(Agreement.idFor("call-1")).isEqualTo(Agreement.idFor("call-1")).isNotEqualTo(Agreement.idFor("call-2"));
    }

    @Test
    void keepsEverythingThroughTheStoresMapping() {
        Agreement agreement = stored(secured().allocate(new Results(List.of(
                AgreementFixtures.proposal("p-1", 1, "EU:TU Delft:100.00", "JP:Kyoto University:1000")), List.of(
                AgreementFixtures.proposal("p-2", 2, "EU:KTH:5.00"))), CONTEXT));

        assertThat(agreement.state()).isEqualTo(AgreementState.ALLOCATED);
        assertThat(agreement.version()).isEqualTo(7);
        assertThat(agreement.commitments()).hasSize(2);
        assertThat(agreement.grants()).extracting(Grant::side).containsExactly("EU", "JP");
        assertThat(agreement.allocated("EU").amount()).isEqualByComparingTo("100.00");
        assertThat(agreement.reserve()).extracting(ProposalShares::proposalId).containsExactly("p-2");
        assertThat(agreement.indicativeBudget().get("JP")).isEqualTo(AgreementFixtures.jpy("800000000"));
        assertThat(agreement.mechanism()).isEqualTo(FundingMechanism.VIRTUAL_COMMON_POT);
    }

    @Test
    void lapsesOnceWhenItsCallIsCancelledBeforeResults() {
        Agreement lapsed = stored(secured().lapse("The sides withdrew the topic.", CONTEXT));

        assertThat(lapsed.state()).isEqualTo(AgreementState.LAPSED);
        assertThat(lapsed.lapse("again", CONTEXT).recordedEvents()).as("a redelivered cancellation").isEmpty();
        assertThat(events(opened().lapse("Cancelled.", CONTEXT), AgreementLapsed.class).get(0).getReason())
                .isEqualTo("Cancelled.");
    }

    @Test
    void refusesToLapseAnAllocatedAgreement() {
        Agreement allocated = AgreementFixtures.allocated(new Results(List.of(), List.of()));

        assertThatThrownBy(() -> allocated.lapse("late", CONTEXT)).isInstanceOfSatisfying(
                IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("ALLOCATED"));
    }

    @Test
    void closesAnAllocatedAgreementOnceEveryParticipatingSideHasConsented() {
        Agreement allocated = AgreementFixtures.allocated(new Results(List.of(), List.of()));

        assertThatThrownBy(() -> allocated.close("KR", "NRF", CONTEXT)).isInstanceOf(ForbiddenException.class);
        assertThat(eventTypes(allocated.close("JP", "JST", CONTEXT))).containsExactly("AgreementChangeConsented");
        assertThat(allocated.state()).as("one side alone").isEqualTo(AgreementState.ALLOCATED);
        assertThat(eventTypes(allocated.close("JP", "AMED", CONTEXT))).as("the same side again")
                .containsExactly("AgreementChangeConsented", "AgreementChangeConsented");
        assertThat(allocated.state()).isEqualTo(AgreementState.ALLOCATED);
        assertThat(eventTypes(allocated.close("EU", "REA", CONTEXT)))
                .containsExactly("AgreementChangeConsented", "AgreementChangeConsented", "AgreementChangeConsented",
                        "AgreementClosed");
        assertThat(allocated.state()).isEqualTo(AgreementState.CLOSED);
    }

    @Test
    void refusesToCloseBeforeAllocation() {
        assertThatThrownBy(() -> secured().close("EU", "REA", CONTEXT)).isInstanceOfSatisfying(
                IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("SECURED"));
    }

    @Test
    void refusesResultsBeforeItIsSecured() {
        assertThatThrownBy(() -> opened().allocate(new Results(List.of(), List.of()), CONTEXT)).isInstanceOfSatisfying(
                IllegalTransitionException.class, e -> assertThat(e.currentState()).isEqualTo("PENDING_COMMITMENTS"));
    }
}

package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.call.call.CallFixtures.CONTEXT;
import static org.coopsuite.call.call.CallFixtures.DEADLINE;
import static org.coopsuite.call.call.CallFixtures.OPENING;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallClosed;
import org.coopsuite.schemas.call.CallClosure;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallOpened;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallUpdated;
import org.coopsuite.schemas.common.CallModality;
import org.junit.jupiter.api.Test;

class CallTest {

    @Test
    void draftsTheMandatedCallUnderTheMandatesIdWithTheDefaultRules() {
        Call call = Call.draftFromMandate(mandatedCall(), CONTEXT);

        assertThat(call.id()).isEqualTo("call-1");
        assertThat(call.state()).isEqualTo(CallState.DRAFT);
        assertThat(call.participatingSides()).containsExactly("EU", "JP");
        assertThat(call.content().strategicAreas()).containsExactly("CLIMATE_CHANGE");
        assertThat(call.content().eligibility()).isEqualTo(new EligibilityRules(1, Map.of(), true, true));
        assertThat(call.mandate()).isEqualTo(new MandateReference("dlg-1", "dec-1"));
        assertThat(call.correlationId()).isEqualTo("corr-1");
    }

    @Test
    void recordsCallDraftedAtVersionOneWithTheMandateAndTheExactBudget() {
        CallDrafted drafted = only(Call.draftFromMandate(mandatedCall(), CONTEXT), CallDrafted.class);

        assertThat(drafted.getMeta().getAggregateType()).isEqualTo("Call");
        assertThat(drafted.getMeta().getAggregateId()).isEqualTo("call-1");
        assertThat(drafted.getMeta().getAggregateVersion()).isEqualTo(1);
        assertThat(drafted.getMeta().getCausationId()).isEqualTo("request-1");
        assertThat(drafted.getTitle()).isEqualTo("Launch a joint call on smart cities.");
        assertThat(drafted.getModality()).isEqualTo(CallModality.JOINT);
        assertThat(drafted.getTopics()).containsExactly("urban heat");
        assertThat(drafted.getTargetOpeningDate()).isEqualTo(LocalDate.of(2027, 6, 1));
        assertThat(drafted.getIndicativeBudget())
                .extracting(b -> b.getSide() + " " + b.getAmount().getAmount() + " " + b.getAmount().getCurrency())
                .containsExactly("EU 15000000.50 EUR", "JP 2000000000 JPY");
        assertThat(drafted.getMandate().getDecisionId()).isEqualTo("dec-1");
        assertThat(drafted.getTimeline()).isNull();
        assertThat(drafted.getEligibility().getMinimumPartnersPerSide()).isEqualTo(1);
    }

    @Test
    void draftsByHandWithTimelineEligibilityAndClimateCoefficient() {
        CallDrafted drafted = only(Call.draft("call-1", CallFixtures.draftCall(), CONTEXT), CallDrafted.class);

        assertThat(drafted.getMandate()).isNull();
        assertThat(drafted.getParticipatingSides()).containsExactly("EU", "JP");
        assertThat(drafted.getTimeline().getDeadline()).isEqualTo(DEADLINE);
        assertThat(drafted.getTargetOpeningDate()).isEqualTo(OPENING);
        assertThat(drafted.getClimateCoefficient()).isEqualTo(100);
        assertThat(drafted.getEligibility().getOpenAccessStatementRequired()).isTrue();
    }

    @Test
    void editsADraftAndRecordsTheWholeContent() {
        CallContent edited = new CallContent("Resilient cities", List.of("SMART_CITIES"), List.of("floods"),
                CallFixtures.content().indicativeBudget(), CallFixtures.content().timeline(),
                new EligibilityRules(2, Map.of("EU", CallFixtures.eur("500000")), false, false), 40);

        CallUpdated updated = only(CallFixtures.draft().edit(edited, CONTEXT), CallUpdated.class);

        assertThat(updated.getMeta().getAggregateVersion()).isEqualTo(2);
        assertThat(updated.getTitle()).isEqualTo("Resilient cities");
        assertThat(updated.getClimateCoefficient()).isEqualTo(40);
        assertThat(updated.getEligibility().getRequestCaps()).extracting(c -> c.getAmount().getAmount())
                .containsExactly("500000");
    }

    @Test
    void refusesToEditOnceSubmittedForFunding() {
        assertThatThrownBy(() -> CallFixtures.awaitingFunding().edit(CallFixtures.content(), CONTEXT))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("AWAITING_FUNDING");
    }

    @Test
    void submitsForFundingWithTheTimeline() {
        CallSubmittedForFunding submitted = only(CallFixtures.draft().submitForFunding(CONTEXT),
                CallSubmittedForFunding.class);

        assertThat(submitted.getTimeline().getOpening()).isEqualTo(OPENING);
        assertThat(submitted.getIndicativeBudget()).hasSize(2);
    }

    @Test
    void opensOnlyOnceFundingIsSecuredAndTheOpeningDateHasCome() {
        assertThatThrownBy(() -> CallFixtures.awaitingFunding().open(OPENING, false, CONTEXT))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("AWAITING_FUNDING");
        assertThatThrownBy(() -> CallFixtures.awaitingFunding().open(OPENING.minusDays(1), true, CONTEXT))
                .isInstanceOf(IllegalTransitionException.class);

        CallOpened opened = only(CallFixtures.awaitingFunding().open(OPENING, true, CONTEXT), CallOpened.class);
        assertThat(opened.getOpenedOn()).isEqualTo(OPENING);
        assertThat(opened.getDeadline()).isEqualTo(DEADLINE);
    }

    @Test
    void closesAtTheDeadlineOnlyOnceItHasPassedButByHandAtAnyTime() {
        assertThatThrownBy(() -> CallFixtures.open().close(CallClosure.DEADLINE, DEADLINE, CONTEXT))
                .isInstanceOf(IllegalTransitionException.class);

        assertThat(only(CallFixtures.open().close(CallClosure.DEADLINE, DEADLINE.plusDays(1), CONTEXT), CallClosed.class)
                .getClosure()).isEqualTo(CallClosure.DEADLINE);
        assertThat(only(CallFixtures.open().close(CallClosure.BY_HAND, OPENING, CONTEXT), CallClosed.class)
                .getClosure()).isEqualTo(CallClosure.BY_HAND);
    }

    @Test
    void cancelsInAnyStateBeforeResultsNamingThePreviousState() {
        Call call = CallFixtures.open().cancel("Budget frozen", CONTEXT);

        CallCancelled cancelled = only(call, CallCancelled.class);
        assertThat(cancelled.getPreviousState()).isEqualTo("OPEN");
        assertThat(cancelled.getReason()).isEqualTo("Budget frozen");
        assertThat(call.history()).extracting(StateChange::state)
                .containsExactly(CallState.DRAFT, CallState.AWAITING_FUNDING, CallState.OPEN, CallState.CANCELLED);
        assertThatThrownBy(() -> CallFixtures.fresh(call).cancel("again", CONTEXT))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CANCELLED");
    }

    @Test
    void acceptsProposalsOnlyWhileOpenUntilTheEndOfTheDeadline() {
        assertThat(CallFixtures.open().acceptsProposalsOn(DEADLINE)).isTrue();
        assertThat(CallFixtures.open().acceptsProposalsOn(DEADLINE.plusDays(1))).isFalse();
        assertThat(CallFixtures.awaitingFunding().acceptsProposalsOn(OPENING)).isFalse();
    }

    private static <T extends SpecificRecord> T only(Call call, Class<T> type) {
        List<SpecificRecord> events = call.recordedEvents();
        assertThat(events).hasSize(1).first().isInstanceOf(type);
        return type.cast(events.get(0));
    }

    /** JP before EU, and JP's amount in exponent form, to see sorting and plain strings. */
    private static DraftCallFromMandate mandatedCall() {
        Map<String, Money> budget = new LinkedHashMap<>();
        budget.put("JP", new Money(new BigDecimal("2E+9"), "JPY"));
        budget.put("EU", new Money(new BigDecimal("15000000.50"), "EUR"));
        return new DraftCallFromMandate("call-1", "Launch a joint call on smart cities.", CallModality.JOINT,
                "CLIMATE_CHANGE", List.of("urban heat"), budget, LocalDate.of(2027, 6, 1),
                new MandateReference("dlg-1", "dec-1"));
    }
}

package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.funding.agreement.AgreementFixtures.CONTEXT;
import static org.coopsuite.funding.agreement.AgreementFixtures.TODAY;
import static org.coopsuite.funding.agreement.AgreementFixtures.eu;
import static org.coopsuite.funding.agreement.AgreementFixtures.events;
import static org.coopsuite.funding.agreement.AgreementFixtures.openCall;
import static org.coopsuite.funding.agreement.AgreementFixtures.stored;

import java.time.LocalDate;

import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.junit.jupiter.api.Test;

/** Given an agreement and its funding period, when the overdue check runs on a day, expect the overdue fact once or not at all. */
class FundingOverdueTest {

    private static final LocalDate DUE = TODAY.plusDays(30);
    private static final EventContext CHECK = new EventContext(CONTEXT.now(), "check-run-1", "funding-overdue-check",
            "funding-service");

    @Test
    void theFundingPeriodEndsTheCallsPeriodAfterItsSubmissionOrTheDefault() {
        OpenAgreement call = openCall();
        OpenAgreement ownPeriod = new OpenAgreement(call.callId(), call.participatingSides(), call.indicativeBudget(),
                call.strategicAreas(), call.climateCoefficient(), TODAY, 45);
        OpenAgreement noPeriod = new OpenAgreement(call.callId(), call.participatingSides(), call.indicativeBudget(),
                call.strategicAreas(), call.climateCoefficient(), TODAY, null);

        assertThat(ownPeriod.fundingDueOn(90)).isEqualTo(TODAY.plusDays(45));
        assertThat(noPeriod.fundingDueOn(90)).isEqualTo(TODAY.plusDays(90));
        assertThat(call.fundingDueOn(90)).isNull();
    }

    @Test
    void isOverdueOnceTheDayAfterItsPeriodNamingTheSidesShortOnTheCallsThread() {
        Agreement pending = stored(Agreement.open(openCall(), DUE, CONTEXT).commit(eu("c-1", "100"), CONTEXT)).readAt(2);

        pending.raiseFundingOverdue(DUE, CHECK);
        assertThat(pending.recordedEvents()).isEmpty();
        pending.raiseFundingOverdue(DUE.plusDays(1), CHECK);

        CoFundingOverdue overdue = events(pending, CoFundingOverdue.class).get(0);
        assertThat(overdue.getDueOn()).isEqualTo(DUE);
        assertThat(overdue.getSidesShort()).containsExactly("EU", "JP");
        assertThat(overdue.getMeta().getCorrelationId()).isEqualTo("check-run-1");
        Agreement again = stored(pending).readAt(3);
        again.raiseFundingOverdue(DUE.plusDays(5), CHECK);
        assertThat(again.recordedEvents()).isEmpty();
        assertThat(again.fundingOverdue()).isTrue();
    }

    @Test
    void isNeverOverdueOnceSecuredOrWithoutAPeriod() {
        Agreement secured = AgreementFixtures.secured();
        secured.raiseFundingOverdue(TODAY.plusYears(5), CHECK);
        Agreement noPeriod = stored(Agreement.open(openCall(), null, CONTEXT)).readAt(1);
        noPeriod.raiseFundingOverdue(TODAY.plusYears(5), CHECK);

        assertThat(secured.recordedEvents()).noneMatch(CoFundingOverdue.class::isInstance);
        assertThat(noPeriod.recordedEvents()).isEmpty();
    }
}

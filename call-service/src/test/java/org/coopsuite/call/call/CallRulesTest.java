package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.reference.ReferenceData;
import org.coopsuite.schemas.common.CallModality;
import org.junit.jupiter.api.Test;

class CallRulesTest {

    static final ReferenceData REFERENCE = new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("European Commission", "Horizon Europe", "EUR", List.of("REA")),
            "JP", new ReferenceData.Side("Cabinet Office", "Moonshot", "JPY", List.of("JST")),
            "KR", new ReferenceData.Side("MSIT", "K-Programme", "KRW", List.of("NRF"))),
            List.of("CLIMATE_CHANGE", "SMART_CITIES"), List.of("PANDEMICS", "CLIMATE_CHANGE"));
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final CallRules rules = new CallRules(REFERENCE);

    @Test
    void acceptsAWellFormedDraft() {
        assertThatCode(() -> rules.check(CallFixtures.draftCall(), TODAY)).doesNotThrowAnyException();
    }

    @Test
    void namesEachBrokenRule() {
        CallContent content = new CallContent("t", List.of("ATLANTIS"), List.of("x"),
                Map.of("EU", CallFixtures.jpy("1"), "JP", CallFixtures.jpy("1")),
                new Timeline(TODAY.minusDays(1), TODAY.minusDays(2), TODAY.minusDays(3)), null, 50);

        var e = catchThrowableOfType(InvalidCommandException.class,
                () -> rules.check(new DraftCall(CallModality.JOINT, List.of("EU", "JP"), content), TODAY));

        assertThat(e.fieldErrors()).containsOnlyKeys("strategicAreas", "indicativeBudget.EU.currency", "climateCoefficient",
                "timeline.opening", "timeline.deadline", "timeline.evaluationEnd");
    }

    @Test
    void admitsTheGlobalChallengesOfTheReferenceDataAndAFundingPeriodOfADayOrMore() {
        CallContent base = CallFixtures.content();
        CallContent known = new CallContent(base.title(), base.strategicAreas(), base.topics(), base.indicativeBudget(),
                base.timeline(), base.eligibility(), base.climateCoefficient(), List.of("PANDEMICS"), 90);
        CallContent unknown = new CallContent(base.title(), base.strategicAreas(), base.topics(), base.indicativeBudget(),
                base.timeline(), base.eligibility(), base.climateCoefficient(), List.of("PANDEMICS", "SPACE"), 0);

        assertThatCode(() -> rules.check(known, List.of("EU", "JP"), TODAY)).doesNotThrowAnyException();
        var e = catchThrowableOfType(InvalidCommandException.class, () -> rules.check(unknown, List.of("EU", "JP"), TODAY));
        assertThat(e.fieldErrors()).containsOnlyKeys("globalChallenges", "fundingPeriodDays");
    }

    @Test
    void refusesAnUnknownSideAndABudgetThatMissesASide() {
        var e = catchThrowableOfType(InvalidCommandException.class,
                () -> rules.check(new DraftCall(CallModality.JOINT, List.of("EU", "XX"), CallFixtures.content()), TODAY));

        assertThat(e.fieldErrors()).containsOnlyKeys("participatingSides", "indicativeBudget");
    }

    @Test
    void wantsATimelineAndRulesBeforeSubmittingForFunding() {
        Call mandated = Call.draftFromMandate(new DraftCallFromMandate("c", "t", CallModality.JOINT, "CLIMATE_CHANGE",
                List.of("x"), Map.of("EU", CallFixtures.eur("1"), "JP", CallFixtures.jpy("1")), null, null),
                CallFixtures.CONTEXT);

        var e = catchThrowableOfType(InvalidCommandException.class, () -> rules.checkComplete(mandated));

        assertThat(e.fieldErrors()).containsOnlyKeys("timeline");
        assertThatCode(() -> rules.checkComplete(CallFixtures.draft())).doesNotThrowAnyException();
    }
}

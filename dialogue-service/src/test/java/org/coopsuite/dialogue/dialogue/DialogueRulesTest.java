package org.coopsuite.dialogue.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.REFERENCE;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.TODAY;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.eur;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.jpy;
import static org.coopsuite.dialogue.dialogue.DialogueFixtures.mandate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class DialogueRulesTest {

    private static final String EU_BUDGET = "mandate.indicativeBudget.EU";
    private static final String JP_BUDGET = "mandate.indicativeBudget.JP";

    private final DialogueRules rules = new DialogueRules(REFERENCE);
    private final Dialogue euJapan = DialogueFixtures.dialogueInSession();

    @Test
    void acceptsAMandateThatBudgetsEverySideInItsCurrency() {
        assertThatNoException().isThrownBy(() -> rules.check(mandate(budget(eur("15000000.50"), jpy("2000000000"))), euJapan));
    }

    @Test
    void acceptsTheGlobalChallengesOfTheReferenceDataAndRejectsAnyOther() {
        CallMandate named = withChallenges(List.of("PANDEMICS", "AGEING_SOCIETIES"));
        CallMandate unknown = withChallenges(List.of("PANDEMICS", "SPACE_TOURISM"));

        assertThatNoException().isThrownBy(() -> rules.check(named, euJapan));
        assertThat(fieldErrors(() -> rules.check(unknown, euJapan))).containsOnlyKeys("mandate.globalChallenges");
    }

    private static CallMandate withChallenges(List<String> challenges) {
        CallMandate plain = mandate(budget(eur("15000000"), jpy("2000000000")));
        return new CallMandate(plain.callId(), plain.modality(), plain.strategicArea(), plain.topics(),
                plain.indicativeBudget(), plain.targetOpeningDate(), challenges, null);
    }

    @Test
    void rejectsAMandateMissingAParticipatingSidesBudget() {
        Map<String, Money> onlyEu = Map.of("EU", eur("15000000"));

        assertThat(fieldErrors(() -> rules.check(mandate(onlyEu), euJapan))).containsOnlyKeys(JP_BUDGET);
    }

    @Test
    void rejectsABudgetInAnotherCurrencyThanTheSides() {
        Map<String, Money> jpInEuro = budget(eur("15000000"), eur("12000000"));

        assertThat(fieldErrors(() -> rules.check(mandate(jpInEuro), euJapan))).containsOnlyKeys(JP_BUDGET + ".currency");
    }

    @Test
    void rejectsZeroAndNegativeAmounts() {
        Map<String, Money> zeroAndNegative = budget(eur("0.00"), jpy("-1"));

        assertThat(fieldErrors(() -> rules.check(mandate(zeroAndNegative), euJapan)))
                .containsOnlyKeys(EU_BUDGET + ".amount", JP_BUDGET + ".amount");
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyHas() {
        Map<String, Money> tooPrecise = budget(eur("15000000.005"), jpy("2000000000.5"));

        assertThat(fieldErrors(() -> rules.check(mandate(tooPrecise), euJapan)))
                .containsOnlyKeys(EU_BUDGET + ".amount", JP_BUDGET + ".amount")
                .hasEntrySatisfying(JP_BUDGET + ".amount", message -> assertThat(message).contains("0 decimals"))
                .hasEntrySatisfying(EU_BUDGET + ".amount", message -> assertThat(message).contains("2 decimals"));
    }

    @Test
    void acceptsTrailingZerosBeyondTheCurrencysDecimals() {
        Map<String, Money> trailingZeros = budget(eur("15000000.000"), jpy("2000000000.00"));

        assertThatNoException().isThrownBy(() -> rules.check(mandate(trailingZeros), euJapan));
    }

    @Test
    void rejectsAnUnknownStrategicAreaAndAnUnknownModality() {
        CallMandate vague = new CallMandate("call-1", CallModality.UNKNOWN, "ASTROLOGY", List.of("stars"),
                budget(eur("1"), jpy("1")), null);

        assertThat(fieldErrors(() -> rules.check(vague, euJapan)))
                .containsOnlyKeys("mandate.modality", "mandate.strategicArea");
    }

    @Test
    void rejectsABudgetForASideThatDoesNotTakePart() {
        Map<String, Money> withKorea = budget(eur("1"), jpy("1"));
        withKorea.put("KR", new Money(new java.math.BigDecimal("1000"), "KRW"));

        assertThat(fieldErrors(() -> rules.check(mandate(withKorea), euJapan)))
                .containsOnlyKeys("mandate.indicativeBudget.KR");
    }

    @Test
    void acceptsASchedulingOfTwoKnownSidesFromToday() {
        assertThatNoException().isThrownBy(
                () -> rules.check(DialogueFixtures.scheduleWith(Map.of("EU", "A", "JP", "B"), TODAY), TODAY));
    }

    @Test
    void rejectsASchedulingWithOneSide() {
        assertThat(fieldErrors(() -> rules.check(DialogueFixtures.scheduleWith(Map.of("EU", "A"), TODAY), TODAY)))
                .containsOnlyKeys("coChairs");
    }

    @Test
    void rejectsASchedulingWithAnUnknownSide() {
        Map<String, String> withAtlantis = Map.of("EU", "A", "ATLANTIS", "B");

        assertThat(fieldErrors(() -> rules.check(DialogueFixtures.scheduleWith(withAtlantis, TODAY), TODAY)))
                .containsOnlyKeys("coChairs").hasEntrySatisfying("coChairs", m -> assertThat(m).contains("ATLANTIS"));
    }

    @Test
    void rejectsASchedulingInThePast() {
        Map<String, String> euJapanChairs = Map.of("EU", "A", "JP", "B");

        assertThat(fieldErrors(() -> rules.check(DialogueFixtures.scheduleWith(euJapanChairs, TODAY.minusDays(1)), TODAY)))
                .containsOnlyKeys("date");
    }

    @Test
    void acceptsANewDateFromTodayOn() {
        assertThatNoException().isThrownBy(() -> rules.checkNewDate(TODAY, TODAY));
    }

    @Test
    void rejectsANewDateInThePast() {
        assertThat(fieldErrors(() -> rules.checkNewDate(TODAY.minusDays(1), TODAY))).containsOnlyKeys("date");
    }

    @Test
    void acceptsAnActionItemDueToday() {
        assertThatNoException().isThrownBy(() -> rules.check(new AssignActionItem("JP", "Report.", TODAY), TODAY));
    }

    @Test
    void rejectsAnActionItemDueInThePast() {
        assertThat(fieldErrors(() -> rules.check(new AssignActionItem("JP", "Report.", TODAY.minusDays(1)), TODAY)))
                .containsOnlyKeys("dueDate");
    }

    private static Map<String, Money> budget(Money eu, Money jp) {
        Map<String, Money> budget = new LinkedHashMap<>();
        budget.put("EU", eu);
        budget.put("JP", jp);
        return budget;
    }

    private static Map<String, String> fieldErrors(Executable command) {
        InvalidCommandException rejected = catchThrowableOfType(InvalidCommandException.class, command::execute);
        assertThat(rejected).as("the command is rejected").isNotNull();
        return rejected.fieldErrors();
    }
}

package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.proposal.Selection.Candidate;
import org.coopsuite.call.proposal.Selection.Outcome;
import org.junit.jupiter.api.Test;

class SelectionTest {

    @Test
    void ranksByTotalThenExcellenceThenImpact() {
        Outcome outcome = Selection.select(List.of(
                candidate("c", "4", "4", "12", "1", "1"),
                candidate("a", "4.5", "3.5", "12", "1", "1"),
                candidate("b", "4.5", "4", "12", "1", "1"),
                candidate("d", "5", "5", "14.5", "1", "1")), budget("100", "100"));

        assertThat(outcome.selected()).extracting(r -> r.candidate().proposalId() + r.rank())
                .containsExactly("d1", "b2", "a3", "c4");
    }

    @Test
    void selectsOnlyWhatEverySideCanFundAndKeepsTheRestInReserve() {
        Outcome outcome = Selection.select(List.of(
                candidate("first", "5", "5", "15", "60", "10"),
                candidate("second", "4", "4", "13", "30", "10"),
                candidate("third", "4", "4", "12", "20", "10"),
                candidate("fourth", "3", "3", "11", "10", "10")), budget("100", "1000"));

        assertThat(outcome.selected()).extracting(r -> r.candidate().proposalId())
                .containsExactly("first", "second", "fourth");
        assertThat(outcome.reserve()).extracting(r -> r.candidate().proposalId() + r.rank()).containsExactly("third3");
        assertThat(outcome.selectedPerSide()).isEqualTo(Map.of("EU", new BigDecimal("100"), "JP", new BigDecimal("30")));
    }

    @Test
    void rejectsThoseBelowThresholdWithoutRankingThem() {
        Outcome outcome = Selection.select(List.of(
                new Candidate("weak", BigDecimal.ONE, BigDecimal.ONE, new BigDecimal("3"), false, Map.of()),
                candidate("good", "4", "4", "12", "1", "1")), budget("10", "10"));

        assertThat(outcome.rejected()).containsExactly("weak");
        assertThat(outcome.selected()).extracting(Selection.Ranked::rank).containsExactly(1);
    }

    @Test
    void aSideWithoutBudgetFundsNothing() {
        Outcome outcome = Selection.select(List.of(candidate("x", "4", "4", "12", "1", "1")),
                Map.of("EU", BigDecimal.TEN));

        assertThat(outcome.selected()).isEmpty();
        assertThat(outcome.reserve()).hasSize(1);
    }

    private static Candidate candidate(String id, String excellence, String impact, String total, String eu, String jp) {
        return new Candidate(id, new BigDecimal(excellence), new BigDecimal(impact), new BigDecimal(total), true,
                Map.of("EU", new BigDecimal(eu), "JP", new BigDecimal(jp)));
    }

    private static Map<String, BigDecimal> budget(String eu, String jp) {
        return Map.of("EU", new BigDecimal(eu), "JP", new BigDecimal(jp));
    }
}

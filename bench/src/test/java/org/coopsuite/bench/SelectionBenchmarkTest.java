package org.coopsuite.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.proposal.Selection;
import org.coopsuite.call.proposal.Selection.Candidate;
import org.junit.jupiter.api.Test;

/** Runs the benchmark tiny and checks it measured the right selection, not its speed. */
class SelectionBenchmarkTest {

    @Test
    void selectsWhatAStraightforwardWalkOfTheRankingSelects() {
        SelectionBenchmark.Result result = SelectionBenchmark.run(300, 2, 3, 7);

        List<String> expectedSelected = new ArrayList<>();
        List<String> expectedReserve = new ArrayList<>();
        Map<String, BigDecimal> left = new HashMap<>(result.budget());
        for (Candidate candidate : ranking(result.candidates())) {
            boolean fits = candidate.requestedPerSide().entrySet().stream()
                    .allMatch(r -> left.get(r.getKey()).compareTo(r.getValue()) >= 0);
            if (fits) {
                candidate.requestedPerSide().forEach((side, amount) -> left.put(side, left.get(side).subtract(amount)));
                expectedSelected.add(candidate.proposalId());
            } else {
                expectedReserve.add(candidate.proposalId());
            }
        }

        assertThat(ids(result.outcome().selected())).isNotEmpty().isEqualTo(expectedSelected);
        assertThat(ids(result.outcome().reserve())).isNotEmpty().isEqualTo(expectedReserve);
        assertThat(result.outcome().rejected()).hasSize(
                (int) result.candidates().stream().filter(c -> !c.passed()).count());
        assertThat(result.nanos()).hasSize(3);
    }

    /** Best first by total, excellence, impact; ties by id. Written apart from Selection's comparator. */
    private static List<Candidate> ranking(List<Candidate> candidates) {
        List<Candidate> passed = new ArrayList<>(candidates.stream().filter(Candidate::passed).toList());
        passed.sort((a, b) -> {
            int byTotal = b.total().compareTo(a.total());
            int byExcellence = b.excellence().compareTo(a.excellence());
            int byImpact = b.impact().compareTo(a.impact());
            return byTotal != 0 ? byTotal : byExcellence != 0 ? byExcellence : byImpact != 0 ? byImpact
                    : a.proposalId().compareTo(b.proposalId());
        });
        return passed;
    }

    private static List<String> ids(List<Selection.Ranked> ranked) {
        return ranked.stream().sorted(Comparator.comparingInt(Selection.Ranked::rank))
                .map(r -> r.candidate().proposalId()).toList();
    }
}

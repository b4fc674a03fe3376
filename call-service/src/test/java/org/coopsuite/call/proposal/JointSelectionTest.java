package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.call.call.CallFixtures.CONTEXT;
import static org.coopsuite.call.proposal.ProposalFixtures.coordinator;
import static org.coopsuite.call.proposal.ProposalFixtures.partner;
import static org.coopsuite.call.proposal.ProposalFixtures.proposal;
import static org.coopsuite.call.proposal.ProposalFixtures.scores;

import java.util.List;
import java.util.Map;

import org.coopsuite.call.call.CallFixtures;
import org.coopsuite.call.call.CallResults;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.call.RankedProposal;
import org.junit.jupiter.api.Test;

/** JST's rule for coordinated calls and the panel's order of ties: given evaluated proposals, expect the results. */
class JointSelectionTest {

    static final Map<String, Money> BUDGET = Map.of("EU", CallFixtures.eur("1000"), "JP", CallFixtures.jpy("100000"));

    static Proposal evaluated(String id, String excellence, String impact, String implementation) {
        return ProposalFixtures.evaluated(Proposal.submit(id, proposal(coordinator("EU", "100"), partner("JP", "2000")),
                "alice", List.of(), CONTEXT), scores(excellence, impact, implementation));
    }

    @Test
    void givenEachSidesSelection_whenPublished_thenOnlyWhatEverySideWithAFundedPartnerSelectedIsSelected() {
        List<Proposal> evaluated = List.of(evaluated("best", "5", "5", "5"), evaluated("second", "4", "4", "4"),
                evaluated("third", "4", "3.5", "3.5"), evaluated("weak", "2", "2", "2"));

        CallResults results = JointSelection.coordinated(evaluated, Map.of("EU", List.of("best", "second", "third"),
                "JP", List.of("best", "third")), List.of(), BUDGET);

        assertThat(results.selected()).extracting(p -> p.getProposalId() + " " + p.getRank())
                .containsExactly("best 1", "third 3");
        assertThat(results.rejected()).as("below threshold, then the one JP did not select").containsExactly("weak", "second");
        assertThat(results.reserve()).isEmpty();
        assertThat(results.selectedPerSide().get("EU").amount()).isEqualByComparingTo("200");
        assertThat(results.selectedPerSide().get("JP").amount()).isEqualByComparingTo("4000");
    }

    @Test
    void givenAProposalWithoutPartnersOfASide_thenThatSidesSelectionIsNotNeeded() {
        Proposal euOnly = ProposalFixtures.evaluated(Proposal.submit("eu-only", proposal(coordinator("EU", "100")), "bob",
                List.of(), CONTEXT), scores("4", "4", "4"));

        CallResults results = JointSelection.coordinated(List.of(euOnly), Map.of("EU", List.of("eu-only"), "JP", List.of()),
                List.of(), BUDGET);

        assertThat(results.selected()).extracting(RankedProposal::getProposalId).containsExactly("eu-only");
    }

    @Test
    void givenAPanelNoteOnTiedProposals_whenRanked_thenTheNoteOrdersThemAfterTotalExcellenceAndImpact() {
        List<Selection.Candidate> tied = List.of(candidate("a", "4", "4", "12"), candidate("b", "4", "4", "12"),
                candidate("c", "4", "4", "12"), candidate("better", "4.5", "4", "12"));

        Selection.Outcome outcome = Selection.select(tied, Map.of("EU", new java.math.BigDecimal("1000")),
                List.of("c", "better", "b"));

        assertThat(outcome.selected()).extracting(r -> r.candidate().proposalId() + r.rank())
                .as("excellence still comes before the note").containsExactly("better1", "c2", "b3", "a4");
    }

    static Selection.Candidate candidate(String id, String excellence, String impact, String total) {
        return new Selection.Candidate(id, new java.math.BigDecimal(excellence), new java.math.BigDecimal(impact),
                new java.math.BigDecimal(total), true, Map.of("EU", java.math.BigDecimal.ONE));
    }
}

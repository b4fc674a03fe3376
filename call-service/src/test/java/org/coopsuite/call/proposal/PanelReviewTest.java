package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.call.call.CallFixtures.CONTEXT;
import static org.coopsuite.call.proposal.ProposalFixtures.coordinator;
import static org.coopsuite.call.proposal.ProposalFixtures.partner;
import static org.coopsuite.call.proposal.ProposalFixtures.proposal;
import static org.coopsuite.call.proposal.ProposalFixtures.scores;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.coopsuite.call.call.Expert;
import org.coopsuite.call.call.Panel;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.call.ConsensusReached;
import org.coopsuite.schemas.call.ExpertAssigned;
import org.coopsuite.schemas.call.IndividualEvaluationSubmitted;
import org.coopsuite.schemas.call.RedressDecided;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** A proposal's evaluation by its call's panel: given a proposal and a panel, when an expert acts, expect the outcome. */
class PanelReviewTest {

    static final Expert A = new Expert("expert-a", "EU", "KU Leuven");
    static final Expert B = new Expert("expert-b", "JP", "Osaka University");
    static final Expert C = new Expert("expert-c", "EU", "Sorbonne");
    static final Expert D = new Expert("expert-d", "JP", "Tohoku University");
    static final Expert CONFLICTED = new Expert("expert-x", "EU", " coordinator eu ");
    static final Panel PANEL = new Panel(List.of(A, B, C, D, CONFLICTED), 3, new BigDecimal("3"), BigDecimal.TEN);

    /** Consortium: "Coordinator EU" and "Partner JP". */
    static Proposal eligible() {
        return read(Proposal.submit("p-1", proposal(coordinator("EU", "100"), partner("JP", "2000")), "alice", List.of(),
                CONTEXT));
    }

    /** The proposal as it would be read back: at the version of its last event, with no new events. */
    static Proposal read(Proposal proposal) {
        Proposal copy = new Proposal();
        for (var field : Proposal.class.getDeclaredFields()) {
            if (!java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                field.setAccessible(true);
                try {
                    field.set(copy, field.get(proposal));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return copy.readAt(proposal.version() + proposal.recordedEvents().size());
    }

    static Proposal evaluatedBy(Expert... experts) {
        Proposal proposal = eligible();
        for (Expert expert : experts) {
            proposal.assign(PANEL, expert.id(), true, CONTEXT);
        }
        for (Expert expert : experts) {
            proposal.submitEvaluation(PANEL, expert.id(), scores("4", "4", "4"), "Sound plan.", CONTEXT);
        }
        return read(proposal);
    }

    static Proposal withConsensus() {
        return read(evaluatedBy(A, B, C).writeConsensus(PANEL, "expert-a", scores("4", "3.5", "3"), "Agreed.", CONTEXT));
    }

    static void refusedWithoutTrace(Proposal proposal, ProposalState state) {
        assertThat(proposal.recordedEvents()).isEmpty();
        assertThat(proposal.state()).isEqualTo(state);
    }

    @Nested
    class Assignment {

        @Test
        void givenAnExpertOfThePanelDeclaringNoConflict_whenAssigned_thenTheProposalIsUnderEvaluation() {
            Proposal proposal = eligible().assign(PANEL, "expert-b", true, CONTEXT);

            ExpertAssigned assigned = (ExpertAssigned) proposal.recordedEvents().get(0);
            assertThat(assigned.getExpert().getOrganisation()).isEqualTo("Osaka University");
            assertThat(assigned.getRound()).isEqualTo(1);
            assertThat(proposal.state()).isEqualTo(ProposalState.UNDER_EVALUATION);
        }

        @Test
        void givenAnExpertNotOnThePanel_whenAssigned_thenForbidden() {
            Proposal proposal = eligible();

            assertThatThrownBy(() -> proposal.assign(PANEL, "stranger", true, CONTEXT))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("not on the panel");
            refusedWithoutTrace(proposal, ProposalState.ELIGIBLE);
        }

        @Test
        void givenAnExpertOfAnOrganisationOfTheConsortium_whenAssigned_thenRefusedAsAConflictOfInterest() {
            Proposal proposal = eligible();

            assertThatThrownBy(() -> proposal.assign(PANEL, "expert-x", true, CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("conflict of interest")
                    .hasMessageContaining("a member of its consortium");
            refusedWithoutTrace(proposal, ProposalState.ELIGIBLE);
        }

        @Test
        void givenAnExpertWhoDoesNotDeclareTheAbsenceOfAConflict_whenAssigned_thenRefused() {
            Proposal proposal = eligible();

            assertThatThrownBy(() -> proposal.assign(PANEL, "expert-a", false, CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("conflict of interest");
            refusedWithoutTrace(proposal, ProposalState.ELIGIBLE);
        }

        @Test
        void givenAnAssignedExpert_whenAssignedAgain_thenRefused() {
            Proposal proposal = read(eligible().assign(PANEL, "expert-a", true, CONTEXT));

            assertThatThrownBy(() -> proposal.assign(PANEL, "expert-a", true, CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("twice");
            refusedWithoutTrace(proposal, ProposalState.UNDER_EVALUATION);
        }
    }

    @Nested
    class EvaluationsAndConsensus {

        @Test
        void givenAnExpertNotAssigned_whenEvaluating_thenForbidden() {
            Proposal proposal = read(eligible().assign(PANEL, "expert-a", true, CONTEXT));

            assertThatThrownBy(() -> proposal.submitEvaluation(PANEL, "expert-b", scores("4", "4", "4"), "x", CONTEXT))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("not assigned");
            refusedWithoutTrace(proposal, ProposalState.UNDER_EVALUATION);
        }

        @Test
        void givenTwoOfThreeEvaluations_whenTheThirdComes_thenTheProposalAwaitsItsConsensus() {
            Proposal two = evaluatedBy(A, B);
            assertThat(two.state()).isEqualTo(ProposalState.UNDER_EVALUATION);

            Proposal three = evaluatedBy(A, B, C);
            assertThat(three.state()).isEqualTo(ProposalState.AWAITING_CONSENSUS);
            assertThat(three.review().evaluations()).extracting(Review.IndividualEvaluation::expertId)
                    .containsExactly("expert-a", "expert-b", "expert-c");
        }

        @Test
        void givenAnExpertWhoEvaluated_whenEvaluatingAgainInTheRound_thenRefused() {
            Proposal proposal = evaluatedBy(A);

            assertThatThrownBy(() -> proposal.submitEvaluation(PANEL, "expert-a", scores("5", "5", "5"), "x", CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("twice in a round");
            refusedWithoutTrace(proposal, ProposalState.UNDER_EVALUATION);
        }

        @Test
        void givenFewerEvaluationsThanThePanelNeeds_whenTheRapporteurWritesTheConsensus_thenRefused() {
            Proposal proposal = evaluatedBy(A, B);

            assertThatThrownBy(() -> proposal.writeConsensus(PANEL, "expert-a", scores("4", "4", "4"), "x", CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("2 of 3 individual evaluations");
            refusedWithoutTrace(proposal, ProposalState.UNDER_EVALUATION);
        }

        @Test
        void givenAnExpertWhoDidNotEvaluate_whenWritingTheConsensus_thenForbidden() {
            Proposal proposal = read(evaluatedBy(A, B, C).assign(PANEL, "expert-d", true, CONTEXT));

            assertThatThrownBy(() -> proposal.writeConsensus(PANEL, "expert-d", scores("4", "4", "4"), "x", CONTEXT))
                    .isInstanceOf(ForbiddenException.class).hasMessageContaining("rapporteur");
            refusedWithoutTrace(proposal, ProposalState.AWAITING_CONSENSUS);
        }

        @Test
        void givenTheEvaluationsIn_whenTheConsensusIsWritten_thenItRanksAgainstThePanelsThresholdsInExactHalfPoints() {
            Proposal proposal = evaluatedBy(A, B, C).writeConsensus(PANEL, "expert-b", scores("4", "3.5", "2.5"),
                    "Implementation weak.", CONTEXT);

            ConsensusReached consensus = (ConsensusReached) proposal.recordedEvents().get(0);
            assertThat(consensus.getTotal()).isEqualTo("10");
            assertThat(consensus.getPassedThresholds()).as("implementation 2.5 is under 3").isFalse();
            assertThat(proposal.state()).isEqualTo(ProposalState.EVALUATED);
            assertThat(proposal.scores()).isEqualTo(scores("4", "3.5", "2.5"));

            Panel lenient = new Panel(PANEL.experts(), 3, new BigDecimal("2.5"), new BigDecimal("10"));
            assertThat(evaluatedBy(A, B, C).writeConsensus(lenient, "expert-b", scores("4", "3.5", "2.5"), "ok", CONTEXT)
                    .passedThresholds()).as("the call's own thresholds").isTrue();
        }

        @Test
        void givenAConsensus_whenAnotherIsWritten_thenRefused() {
            Proposal proposal = withConsensus();

            assertThatThrownBy(() -> proposal.writeConsensus(PANEL, "expert-a", scores("5", "5", "5"), "x", CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("EVALUATED");
            refusedWithoutTrace(proposal, ProposalState.EVALUATED);
        }

        @Test
        void givenIndividualScoresOffHalfPoints_thenRefused() {
            assertThatThrownBy(() -> Scores.of(new BigDecimal("4.25"), BigDecimal.ONE, BigDecimal.ONE))
                    .isInstanceOf(InvalidCommandException.class);
        }
    }

    @Nested
    class Redress {

        static final Instant PUBLISHED = CONTEXT.now().minus(Duration.ofDays(10));

        @Test
        void givenPublishedResults_whenTheApplicantAsksWithinTheWindow_thenRecorded_butASecondRequestIsRefused() {
            Proposal proposal = read(withConsensus().requestRedress("impact", "The pilot city was overlooked.", PUBLISHED,
                    Duration.ofDays(30), CONTEXT));
            assertThat(proposal.review().redress().state()).isEqualTo(Review.RedressState.REQUESTED);

            assertThatThrownBy(() -> proposal.requestRedress("impact", "again", PUBLISHED, Duration.ofDays(30), CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("one request per proposal");
            assertThat(proposal.recordedEvents()).isEmpty();
        }

        @Test
        void givenTheWindowClosed_whenTheApplicantAsks_thenRefused() {
            Proposal proposal = withConsensus();

            assertThatThrownBy(() -> proposal.requestRedress("impact", "late", PUBLISHED, Duration.ofDays(9), CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("window closed");
            refusedWithoutTrace(proposal, ProposalState.EVALUATED);
        }

        @Test
        void givenAnUnknownCriterionOrNoConsensus_whenAsking_thenRefused() {
            assertThatThrownBy(() -> withConsensus().requestRedress("budget", "x", PUBLISHED, Duration.ofDays(30), CONTEXT))
                    .isInstanceOf(InvalidCommandException.class);
            Proposal unevaluated = eligible();
            assertThatThrownBy(() -> unevaluated.requestRedress("impact", "x", PUBLISHED, Duration.ofDays(30), CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("without a consensus");
            refusedWithoutTrace(unevaluated, ProposalState.ELIGIBLE);
        }

        @Test
        void givenAnUpheldRequest_thenANewRoundIsOpen_forFreshExpertsOnly() {
            Proposal proposal = read(withConsensus().requestRedress("impact", "x", PUBLISHED, Duration.ofDays(30), CONTEXT));
            proposal = read(proposal.decideRedress(true, "A factual error in the impact section.", "JP", CONTEXT));

            assertThat(proposal.state()).isEqualTo(ProposalState.UNDER_EVALUATION);
            assertThat(proposal.review().round()).isEqualTo(2);
            Proposal reopened = proposal;
            assertThatThrownBy(() -> reopened.assign(PANEL, "expert-a", true, CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("fresh experts");
            refusedWithoutTrace(reopened, ProposalState.UNDER_EVALUATION);

            ExpertAssigned fresh = (ExpertAssigned) reopened.assign(PANEL, "expert-d", true, CONTEXT).recordedEvents().get(0);
            assertThat(fresh.getRound()).isEqualTo(2);
        }

        @Test
        void givenARejectedRequest_thenTheProposalStaysEvaluated_andNoSecondDecisionIsTaken() {
            Proposal proposal = read(withConsensus().requestRedress("impact", "x", PUBLISHED, Duration.ofDays(30), CONTEXT));
            proposal.decideRedress(false, "The evaluation was sound.", "EU", CONTEXT);

            assertThat(((RedressDecided) proposal.recordedEvents().get(0)).getUpheld()).isFalse();
            assertThat(proposal.state()).isEqualTo(ProposalState.EVALUATED);
            Proposal decided = read(proposal);
            assertThatThrownBy(() -> decided.decideRedress(true, "x", "EU", CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("does not await");
            assertThat(decided.recordedEvents()).isEmpty();
        }
    }

    @Test
    void givenIndividualEvaluations_thenEachCarriesItsExpertCommentsAndRound() {
        IndividualEvaluationSubmitted submitted = (IndividualEvaluationSubmitted) read(eligible()
                .assign(PANEL, "expert-a", true, CONTEXT)).submitEvaluation(PANEL, "expert-a", scores("4.5", "4", "3.5"),
                        "Clear objectives.", CONTEXT).recordedEvents().get(0);

        assertThat(submitted.getTotal()).isEqualTo("12");
        assertThat(submitted.getComments()).isEqualTo("Clear objectives.");
        assertThat(submitted.getRound()).isEqualTo(1);
    }
}

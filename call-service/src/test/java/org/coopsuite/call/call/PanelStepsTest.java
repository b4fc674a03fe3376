package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.coopsuite.call.call.CallFixtures.CONTEXT;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.call.CallResultsApproved;
import org.coopsuite.schemas.call.CallResultsProposed;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.CallResultsReturned;
import org.coopsuite.schemas.call.PanelAppointed;
import org.coopsuite.schemas.call.SideSelectionDecided;
import org.coopsuite.schemas.common.CallModality;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The panel's and the sides' steps on a call: given a call, when a step runs, expect its state and events. */
class PanelStepsTest {

    static final Expert EU_EXPERT = new Expert("expert-eu", "EU", "KU Leuven");
    static final Expert JP_EXPERT = new Expert("expert-jp", "JP", "Osaka University");
    static final Expert EU_SECOND = new Expert("expert-eu-2", "EU", "Sorbonne");

    static Panel panel(int required, Expert... experts) {
        return new Panel(List.of(experts), required, new BigDecimal("3"), BigDecimal.TEN);
    }

    /** A closed call given a panel, then in evaluation: a panel is appointed before the evaluation starts. */
    static Call inEvaluationWithPanel(Call closed) {
        return CallFixtures.fresh(PanelSteps.appointPanel(closed, panel(1, EU_EXPERT, JP_EXPERT), CONTEXT)
                .startEvaluation(2, CONTEXT));
    }

    static CallResults results() {
        return new CallResults(List.of(), List.of(), List.of("p-9"), Map.of("EU", CallFixtures.eur("0")));
    }

    /** A refused step leaves the call as it was: no event, same state. */
    static void refusedWithoutTrace(Call call, CallState state) {
        assertThat(call.recordedEvents()).isEmpty();
        assertThat(call.state()).isEqualTo(state);
    }

    @Nested
    class Appointing {

        @Test
        void givenADraft_whenAPanelIsAppointed_thenItCarriesItsExpertsAndRules() {
            Call call = PanelSteps.appointPanel(CallFixtures.draft(), panel(2, EU_EXPERT, JP_EXPERT), CONTEXT);

            PanelAppointed appointed = (PanelAppointed) call.recordedEvents().get(0);
            assertThat(appointed.getExperts()).extracting(e -> e.getExpertId() + " " + e.getSide() + " " + e.getOrganisation())
                    .containsExactly("expert-eu EU KU Leuven", "expert-jp JP Osaka University");
            assertThat(appointed.getRequiredEvaluations()).isEqualTo(2);
            assertThat(appointed.getCriterionThreshold() + "/" + appointed.getTotalThreshold()).isEqualTo("3/10");
            assertThat(call.deliberation().panel().expert("expert-jp")).contains(JP_EXPERT);
        }

        @Test
        void givenAnExpertOfASideThatDoesNotTakePart_whenAppointed_thenRefusedNamingTheField() {
            Call call = CallFixtures.draft();
            var e = catchThrowableOfType(InvalidCommandException.class, () -> PanelSteps.appointPanel(call,
                    panel(1, EU_EXPERT, new Expert("expert-kr", "KR", "KAIST")), CONTEXT));

            assertThat(e.fieldErrors()).containsOnlyKeys("experts[1].side");
            refusedWithoutTrace(call, CallState.DRAFT);
        }

        @Test
        void givenTheSameExpertTwiceFewerExpertsThanEvaluationsAndThresholdsOffHalfPoints_thenEachIsNamed() {
            Call call = CallFixtures.draft();
            Panel bad = new Panel(List.of(EU_EXPERT, EU_EXPERT), 3, new BigDecimal("3.2"), new BigDecimal("15.5"));
            var e = catchThrowableOfType(InvalidCommandException.class, () -> PanelSteps.appointPanel(call, bad, CONTEXT));

            assertThat(e.fieldErrors()).containsOnlyKeys("experts[1].id", "experts", "criterionThreshold",
                    "totalThreshold");
            refusedWithoutTrace(call, CallState.DRAFT);
        }

        @Test
        void givenACallInEvaluation_whenThePanelOnlyGainsExperts_thenAccepted_butLosingOneOrChangingARuleIsRefused() {
            Call call = CallFixtures.fresh(PanelSteps.appointPanel(CallFixtures.closed(), panel(1, EU_EXPERT), CONTEXT)
                    .startEvaluation(2, CONTEXT));

            assertThatThrownBy(() -> PanelSteps.appointPanel(call, panel(1, JP_EXPERT), CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("other than by adding experts");
            assertThatThrownBy(() -> PanelSteps.appointPanel(call, panel(2, EU_EXPERT, JP_EXPERT), CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class);
            refusedWithoutTrace(call, CallState.IN_EVALUATION);

            PanelSteps.appointPanel(call, panel(1, EU_EXPERT, JP_EXPERT), CONTEXT);
            assertThat(call.deliberation().panel().experts()).containsExactly(EU_EXPERT, JP_EXPERT);
        }

        @Test
        void givenAClosedCallWithoutAPanel_whenItsEvaluationStarts_thenRefusedNamingThePanel() {
            Call call = CallFixtures.closed();

            assertThatThrownBy(() -> call.startEvaluation(2, CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("without a panel")
                    .hasMessageContaining("/api/calls/call-1/panel");
            refusedWithoutTrace(call, CallState.CLOSED);
        }

        @Test
        void givenACancelledCall_whenAPanelIsAppointed_thenRefused() {
            Call call = CallFixtures.fresh(CallFixtures.draft().cancel("no budget", CONTEXT));

            assertThatThrownBy(() -> PanelSteps.appointPanel(call, panel(1, EU_EXPERT), CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("CANCELLED");
            refusedWithoutTrace(call, CallState.CANCELLED);
        }
    }

    @Nested
    class JointApproval {

        Call proposed() {
            return CallFixtures.fresh(PanelSteps.propose(inEvaluationWithPanel(CallFixtures.closed()), results(), CONTEXT));
        }

        @Test
        void givenAJointCallWithAPanel_whenResultsAreProposed_thenTheyAwaitEverySide() {
            Call call = PanelSteps.propose(inEvaluationWithPanel(CallFixtures.closed()), results(), CONTEXT);

            assertThat(call.state()).isEqualTo(CallState.RESULTS_PROPOSED);
            assertThat(((CallResultsProposed) call.recordedEvents().get(0)).getRejected()).containsExactly("p-9");
            assertThat(PanelSteps.awaitingApproval(call)).containsExactlyInAnyOrder("JP", "EU");
        }

        @Test
        void givenACoordinatedCall_whenResultsAreProposed_thenRefused() {
            Call coordinated = inEvaluationWithPanel(CallFixtures.closed(CallModality.COORDINATED));
            assertThatThrownBy(() -> PanelSteps.propose(coordinated, results(), CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("COORDINATED");
            refusedWithoutTrace(coordinated, CallState.IN_EVALUATION);
        }

        @Test
        void givenOneSideApproved_whenTheOtherApproves_thenTheResultsArePublishedInTheSameWrite() {
            Call call = CallFixtures.fresh(PanelSteps.approve(proposed(), "EU", "officer-eu", () -> {
                throw new AssertionError("not published before the last approval");
            }, CONTEXT));
            assertThat(call.state()).isEqualTo(CallState.RESULTS_PROPOSED);
            assertThat(PanelSteps.awaitingApproval(call)).containsExactly("JP");

            PanelSteps.approve(call, "JP", "officer-jp", PanelStepsTest::results, CONTEXT);

            assertThat(call.state()).isEqualTo(CallState.RESULTS_PUBLISHED);
            assertThat(call.recordedEvents()).hasSize(2);
            assertThat(((CallResultsApproved) call.recordedEvents().get(0)).getAwaitingSides()).isEmpty();
            assertThat(call.recordedEvents().get(1)).isInstanceOf(CallResultsPublished.class);
        }

        @Test
        void givenASideApproved_whenItApprovesAgain_thenRefused() {
            Call call = CallFixtures.fresh(PanelSteps.approve(proposed(), "EU", "officer-eu", PanelStepsTest::results,
                    CONTEXT));

            assertThatThrownBy(() -> PanelSteps.approve(call, "EU", "officer-eu", PanelStepsTest::results, CONTEXT))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("again for EU");
            refusedWithoutTrace(call, CallState.RESULTS_PROPOSED);
        }

        @Test
        void givenOneSideApproved_whenTheOtherRejects_thenTheResultsGoBackToThePanelAndNoApprovalStands() {
            Call call = CallFixtures.fresh(PanelSteps.approve(proposed(), "EU", "officer-eu", PanelStepsTest::results,
                    CONTEXT));

            PanelSteps.returnToPanel(call, "JP", "Re-check the tie between p-1 and p-2", CONTEXT);

            assertThat(call.state()).isEqualTo(CallState.IN_EVALUATION);
            assertThat(((CallResultsReturned) call.recordedEvents().get(0)).getReason()).contains("tie");
            assertThat(call.deliberation().approvals()).isEmpty();
            assertThat(call.deliberation().proposed()).isEmpty();
            assertThatThrownBy(() -> PanelSteps.approve(CallFixtures.fresh(call), "JP", "x", PanelStepsTest::results,
                    CONTEXT)).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("IN_EVALUATION");
        }
    }

    @Nested
    class TiesAndSides {

        @Test
        void givenAPanelNote_whenItNamesAProposalTwice_thenRefused_otherwiseRecorded() {
            Call call = inEvaluationWithPanel(CallFixtures.closed());

            assertThatThrownBy(() -> PanelSteps.orderTies(call, List.of("p-1", "p-1"), "note", CONTEXT))
                    .isInstanceOf(InvalidCommandException.class);
            refusedWithoutTrace(call, CallState.IN_EVALUATION);

            PanelSteps.orderTies(call, List.of("p-2", "p-1"), "p-2 covers both cities", CONTEXT);
            assertThat(call.deliberation().tieOrder()).containsExactly("p-2", "p-1");
        }

        @Test
        void givenAJointCall_whenASideSelectsForItsPartners_thenRefused_aCoordinatedCallRecordsIt() {
            Call joint = inEvaluationWithPanel(CallFixtures.closed());
            assertThatThrownBy(() -> PanelSteps.selectForSide(joint, "EU", List.of("p-1"), CallFixtures.eur("1"),
                    CONTEXT)).isInstanceOf(IllegalTransitionException.class).hasMessageContaining("JOINT");
            refusedWithoutTrace(joint, CallState.IN_EVALUATION);

            Call coordinated = inEvaluationWithPanel(coordinatedClosed());
            PanelSteps.selectForSide(coordinated, "EU", List.of("p-1"), CallFixtures.eur("100"), CONTEXT);
            SideSelectionDecided decided = (SideSelectionDecided) coordinated.recordedEvents().get(0);
            assertThat(decided.getSelected()).containsExactly("p-1");
            assertThat(decided.getRequested().getAmount()).isEqualTo("100");
        }
    }

    static Call coordinatedClosed() {
        Call call = Call.draft("call-2", new DraftCall(CallModality.COORDINATED, List.of("EU", "JP"), CallFixtures.content()),
                CONTEXT).submitForFunding(CONTEXT).open(CallFixtures.OPENING, true, CONTEXT)
                .close(org.coopsuite.schemas.call.CallClosure.BY_HAND, CallFixtures.OPENING, CONTEXT);
        return CallFixtures.fresh(call);
    }
}

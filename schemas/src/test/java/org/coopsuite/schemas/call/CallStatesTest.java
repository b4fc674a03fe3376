package org.coopsuite.schemas.call;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The state every service shows for a call after each of its events, as call-service names it. */
class CallStatesTest {

    @Test
    void resultsProposedForTheSidesApprovalWaitInTheirOwnState() {
        assertThat(CallStates.after(new CallResultsProposed())).contains("RESULTS_PROPOSED");
    }

    @Test
    void resultsReturnedByASideGoBackToEvaluation() {
        assertThat(CallStates.after(new CallResultsReturned())).contains("IN_EVALUATION");
    }

    @Test
    void oneSidesApprovalAndThePanelsStepsLeaveTheCallWhereItIs() {
        assertThat(CallStates.after(new CallResultsApproved())).isEmpty();
        assertThat(CallStates.after(new PanelAppointed())).isEmpty();
        assertThat(CallStates.after(new ProposalSubmitted())).isEmpty();
    }

    @Test
    void theLifecycleFromDraftToResults() {
        assertThat(CallStates.after(new CallDrafted())).contains("DRAFT");
        assertThat(CallStates.after(new CallSubmittedForFunding())).contains("AWAITING_FUNDING");
        assertThat(CallStates.after(new CallOpened())).contains("OPEN");
        assertThat(CallStates.after(new CallClosed())).contains("CLOSED");
        assertThat(CallStates.after(new CallEvaluationStarted())).contains("IN_EVALUATION");
        assertThat(CallStates.after(new CallResultsPublished())).contains("RESULTS_PUBLISHED");
        assertThat(CallStates.after(new CallCancelled())).contains("CANCELLED");
    }
}

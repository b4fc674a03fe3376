package org.coopsuite.call.proposal;

/**
 * Where a proposal is: {@code SUBMITTED -> ELIGIBLE | INELIGIBLE}, {@code WITHDRAWN} before the
 * deadline; evaluated by the call's panel, {@code ELIGIBLE -> UNDER_EVALUATION} (an expert assigned) {@code -> AWAITING_CONSENSUS} (the
 * required individual evaluations in) {@code -> EVALUATED} (the consensus written); an upheld
 * redress takes an evaluated proposal back to {@code UNDER_EVALUATION} for its next round.
 * SELECTED, RESERVE, NOT_SELECTED and REJECTED are what the call's results say of an evaluated
 * proposal (NOT_SELECTED: a coordinated call's side did not select it); the proposal itself stays EVALUATED.
 */
public enum ProposalState {
    SUBMITTED, ELIGIBLE, INELIGIBLE, UNDER_EVALUATION, AWAITING_CONSENSUS, EVALUATED, WITHDRAWN, SELECTED, RESERVE,
    NOT_SELECTED, REJECTED
}

package org.coopsuite.call.proposal;

/**
 * Where a proposal is: {@code SUBMITTED -> ELIGIBLE | INELIGIBLE}, {@code ELIGIBLE -> EVALUATED},
 * {@code WITHDRAWN} before the deadline. SELECTED, RESERVE and REJECTED are what the call's
 * published results say of an evaluated proposal; the proposal itself stays EVALUATED (no
 * event of the contract records a proposal's outcome on its own aggregate).
 */
public enum ProposalState {
    SUBMITTED, ELIGIBLE, INELIGIBLE, EVALUATED, WITHDRAWN, SELECTED, RESERVE, REJECTED
}

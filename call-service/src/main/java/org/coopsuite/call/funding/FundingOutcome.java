package org.coopsuite.call.funding;

/**
 * Where a proposal stands in its call's co-funding, from funding-service's grants and shortfalls:
 * its own field on the proposal, beside the evaluation's state, which it does not change.
 */
enum FundingOutcome {
    /** Every side's share granted, from the selection. */
    FUNDED,
    /** A share granted or found short, and at least one side's share still short (the sides are named). */
    PARTIALLY_FUNDED,
    /** A reserve proposal funded after a top-up, every side's share granted. */
    RESERVE_FUNDED
}

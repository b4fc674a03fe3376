package org.coopsuite.funding.agreement;

/**
 * Where a co-funding agreement stands: waiting for every side's commitment, secured, its call's
 * results allocated, closed; or lapsed because its call was cancelled.
 */
public enum AgreementState {
    PENDING_COMMITMENTS, SECURED, ALLOCATED, CLOSED, LAPSED
}

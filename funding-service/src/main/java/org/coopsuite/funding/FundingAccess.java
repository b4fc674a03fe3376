package org.coopsuite.funding;

import static org.coopsuite.platform.security.AccessMatrix.Reach.ANY;
import static org.coopsuite.platform.security.AccessMatrix.Reach.SIDE;
import static org.coopsuite.platform.security.AccessMatrix.Reach.SIDE_AND_AGENCY;
import static org.coopsuite.platform.security.AccessMatrix.everyRole;
import static org.coopsuite.platform.security.AccessMatrix.op;
import static org.coopsuite.platform.security.Role.FUNDING_OFFICER;

import java.util.List;

import org.coopsuite.platform.security.AccessMatrix;

/**
 * funding-service's authorization matrix: every operation of its OpenAPI document, each role's
 * reach. "Own side": a side of the agreement; "own side and agency": the funding officer's side
 * and agency (a commitment, its top-ups and withdrawals are the committing agency's). The
 * mechanism and the closure are agreement-wide: each side's funding officer consents for its
 * side, and the change is made once every side has. Agreements, their ledger and the calls' views
 * are public to every role. Enforced by {@code @PreAuthorize}, {@code AgreementRules} and the agreement.
 */
public final class FundingAccess {

    /** The table, as the README shows it and {@code AccessMatrixIT} walks it. */
    public static final AccessMatrix MATRIX = new AccessMatrix("funding-service", List.of(
            op("GET", "/api/agreements", "list agreements", everyRole(ANY)),
            op("GET", "/api/agreements/{id}", "read an agreement", everyRole(ANY)),
            op("GET", "/api/agreements/by-call/{callId}", "read a call's agreement", everyRole(ANY)),
            op("POST", "/api/agreements/{id}/mechanism", "consent to a mechanism for the side", FUNDING_OFFICER, SIDE),
            op("POST", "/api/agreements/{id}/commitments", "commit", FUNDING_OFFICER, SIDE_AND_AGENCY),
            op("POST", "/api/agreements/{id}/commitments/{commitmentId}/top-ups", "top up a commitment",
                    FUNDING_OFFICER, SIDE_AND_AGENCY),
            op("POST", "/api/agreements/{id}/commitments/{commitmentId}/withdrawals", "withdraw from a commitment",
                    FUNDING_OFFICER, SIDE_AND_AGENCY),
            op("POST", "/api/agreements/{id}/closure", "consent to close for the side", FUNDING_OFFICER, SIDE),
            op("GET", "/api/ledger", "the ledger", everyRole(ANY)),
            op("GET", "/api/calls/{id}", "funding-service's view of a call", everyRole(ANY))))
            .with(AccessMatrix.operatorOperations());

    private FundingAccess() {
    }
}

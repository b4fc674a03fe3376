package org.coopsuite.call;

import static org.coopsuite.platform.security.AccessMatrix.Reach.ANY;
import static org.coopsuite.platform.security.AccessMatrix.Reach.OWNER;
import static org.coopsuite.platform.security.AccessMatrix.Reach.SIDE;
import static org.coopsuite.platform.security.AccessMatrix.everyRole;
import static org.coopsuite.platform.security.AccessMatrix.op;
import static org.coopsuite.platform.security.Role.APPLICANT;
import static org.coopsuite.platform.security.Role.EVALUATOR;
import static org.coopsuite.platform.security.Role.FUNDING_OFFICER;
import static org.coopsuite.platform.security.Role.OPERATOR;
import static org.coopsuite.platform.security.Role.PROGRAMME_OFFICER;

import java.util.List;

import org.coopsuite.platform.security.AccessMatrix;

/**
 * call-service's authorization matrix: every operation of its OpenAPI document, each role's
 * reach. "Own side": a side of the call (for a draft: of the sides it names). An applicant is the
 * token's subject: it withdraws and reads its own proposals only, their scores, pass and review
 * once the results are published. Calls and their results are public to every role; a proposal
 * (consortium, requests, scores) is its applicant's and the call's sides' officers' and
 * evaluators', and the operator's (who sees them on the topics anyway), and so is the panel with
 * its proposed ranking ({@code call.EvaluationReaders}). Enforced by the controllers'
 * {@code @PreAuthorize}, {@code CallService} (sides) and {@code proposal.ProposalAccess}
 * (proposals); for the panel's
 * steps, "own only" is an expert named on the call's panel (assignment), assigned to the proposal
 * (evaluation) or one who evaluated it (consensus), checked by {@code PanelService} and
 * {@code PanelReview}: no call is evaluated without its panel.
 */
public final class CallAccess {

    /** The table, as the README shows it and {@code AccessMatrixIT} walks it. */
    public static final AccessMatrix MATRIX = new AccessMatrix("call-service", List.of(
            op("POST", "/api/calls", "draft a call", PROGRAMME_OFFICER, SIDE),
            op("GET", "/api/calls", "list calls", everyRole(ANY)),
            op("GET", "/api/calls/{id}", "read a call", everyRole(ANY)),
            op("PUT", "/api/calls/{id}", "edit a draft (If-Match required)", PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/calls/{id}/submission", "submit for funding", PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/calls/{id}/closure", "close", PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/calls/{id}/cancellation", "cancel", PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/calls/{id}/evaluation", "start the evaluation", PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/calls/{id}/results", "publish the results", PROGRAMME_OFFICER, SIDE),
            op("GET", "/api/calls/{id}/results", "read the results", everyRole(ANY)),
            op("GET", "/api/calls/{id}/funding", "read the call's secured funding", everyRole(ANY)),
            op("POST", "/api/calls/{callId}/proposals", "submit a proposal", APPLICANT, ANY),
            op("GET", "/api/calls/{callId}/proposals", "list a call's proposals (an applicant: its own only)",
                    APPLICANT, ANY, PROGRAMME_OFFICER, SIDE, EVALUATOR, SIDE, FUNDING_OFFICER, SIDE, OPERATOR, ANY),
            op("GET", "/api/proposals/{id}", "read a proposal",
                    APPLICANT, OWNER, PROGRAMME_OFFICER, SIDE, EVALUATOR, SIDE, FUNDING_OFFICER, SIDE, OPERATOR, ANY),
            op("POST", "/api/proposals/{id}/withdrawal", "withdraw a proposal", APPLICANT, OWNER),
            op("PUT", "/api/calls/{id}/panel", "appoint the call's panel of experts (If-Match required)", PROGRAMME_OFFICER, SIDE),
            op("PUT", "/api/calls/{id}/panel/ties", "order proposals tied in the ranking (If-Match required)",
                    PROGRAMME_OFFICER, SIDE),
            op("GET", "/api/calls/{id}/panel", "read the panel, the proposed results and the approvals",
                    PROGRAMME_OFFICER, SIDE, EVALUATOR, SIDE, FUNDING_OFFICER, SIDE, OPERATOR, ANY),
            op("POST", "/api/proposals/{id}/assignment", "an expert of the call's panel takes on a proposal",
                    EVALUATOR, OWNER),
            op("POST", "/api/proposals/{id}/evaluation", "an expert assigned to a proposal evaluates it", EVALUATOR, OWNER),
            op("POST", "/api/proposals/{id}/consensus", "the rapporteur writes the consensus", EVALUATOR, OWNER),
            op("POST", "/api/calls/{id}/results/approval", "approve the proposed results for one's side",
                    PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/calls/{id}/results/return", "return the proposed results to the panel",
                    PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/calls/{id}/side-selection", "select a coordinated call's proposals for one's side",
                    PROGRAMME_OFFICER, SIDE),
            op("GET", "/api/proposals/{id}/esr", "read the Evaluation Summary Report",
                    APPLICANT, OWNER, PROGRAMME_OFFICER, SIDE),
            op("POST", "/api/proposals/{id}/redress", "request redress", APPLICANT, OWNER),
            op("POST", "/api/proposals/{id}/redress/decision", "decide on a redress request", PROGRAMME_OFFICER, SIDE)))
            .with(AccessMatrix.operatorOperations());

    private CallAccess() {
    }
}

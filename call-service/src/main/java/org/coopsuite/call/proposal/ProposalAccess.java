package org.coopsuite.call.proposal;

import java.util.List;
import java.util.Optional;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.EvaluationReaders;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.security.Callers;
import org.coopsuite.platform.security.CurrentUser;
import org.coopsuite.platform.security.Role;

/**
 * Who may read a proposal: its consortium, requests and scores are its applicant's and the
 * call's, not its competitors'. An applicant is identified by the token's subject (the submitter a
 * proposal keeps) and reads its own proposals only; a programme officer, an evaluator and a
 * funding officer read the proposals of calls in which their side takes part ({@link
 * EvaluationReaders}). An operator reads every proposal: it runs the suite, and its tools
 * (`./coop tail`, `dlq show`, `audit`) see the same facts on the topics anyway. Every other role
 * reads none. Who evaluates a proposal is the panel's rule ({@link PanelService}).
 */
final class ProposalAccess {

    private ProposalAccess() {
    }

    /** @throws ForbiddenException (403) unless the caller may read this proposal of this call */
    static void requireReader(Proposal proposal, Call call) {
        if (!readable(proposal, call, caller())) {
            throw new ForbiddenException("Proposal " + proposal.id() + " is read by its applicant and by the officers"
                    + " and evaluators of the sides of call " + call.id() + " " + call.participatingSides() + " only");
        }
    }

    /** Whether the caller may read this proposal: the filter of a call's list of proposals. */
    static boolean readable(Proposal proposal, Call call, Optional<CurrentUser> caller) {
        if (caller.isEmpty()) {
            return false;
        }
        if (Callers.has(Role.APPLICANT) && proposal.submitter().equals(caller.get().subject())) {
            return true;
        }
        return EvaluationReaders.readsAll(call);
    }

    /**
     * Whether the caller sees the evaluation of the call's proposals it reads (scores, pass, rank,
     * review): the call's evaluators and officers at once; an applicant its own once the results
     * are published, when its Evaluation Summary Report is out too.
     */
    static boolean seesEvaluation(Call call) {
        return EvaluationReaders.readsAll(call) || call.state() == CallState.RESULTS_PUBLISHED;
    }

    /**
     * An applicant's own proposals among a call's.
     *
     * @throws ForbiddenException (403) for a caller who is neither an applicant nor of the call's sides
     */
    static List<Proposal> ownOf(List<Proposal> proposals, Call call) {
        Optional<CurrentUser> caller = caller();
        if (caller.isEmpty() || !Callers.has(Role.APPLICANT)) {
            throw new ForbiddenException("The proposals of call " + call.id() + " are read by their applicants and by"
                    + " the officers and evaluators of its sides " + call.participatingSides() + " only");
        }
        return proposals.stream().filter(p -> readable(p, call, caller)).toList();
    }

    private static Optional<CurrentUser> caller() {
        return CurrentUser.get();
    }
}

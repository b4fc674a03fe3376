package org.coopsuite.call.call;

import java.util.List;
import java.util.Optional;

import org.coopsuite.platform.security.Callers;
import org.coopsuite.platform.security.CurrentUser;
import org.coopsuite.platform.security.Role;

/**
 * Who reads a call's evaluation whole (every proposal, its scores, the panel and its proposed
 * ranking) while it runs: the programme officers, evaluators and funding officers of the call's
 * sides, and the operator (its tools see the same facts on the topics). An applicant is none of
 * them: it reads its own proposals, and its own evaluation once the results are published.
 */
public final class EvaluationReaders {

    private static final List<Role> OF_THE_CALL = List.of(Role.PROGRAMME_OFFICER, Role.EVALUATOR, Role.FUNDING_OFFICER);

    private EvaluationReaders() {
    }

    /** Whether the caller reads the call's whole evaluation. */
    public static boolean readsAll(Call call) {
        Optional<CurrentUser> caller = CurrentUser.get();
        return caller.isPresent() && (Callers.has(Role.OPERATOR) || ofTheCall(call, caller.get()));
    }

    /** Whether the user is an officer, evaluator or funding officer of a side of the call. */
    private static boolean ofTheCall(Call call, CurrentUser user) {
        return user.side() != null && call.participatingSides().contains(user.side())
                && OF_THE_CALL.stream().anyMatch(Callers::has);
    }
}

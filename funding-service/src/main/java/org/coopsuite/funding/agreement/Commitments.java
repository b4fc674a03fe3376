package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.domain.NotFoundException;

/**
 * The rules over an agreement's commitments: whose a commitment is, what a side has committed,
 * when it is enough, how much may go.
 */
final class Commitments {

    private Commitments() {
    }

    /** The commitment, which only the agency that made it, for its side, may change. */
    static Commitment own(List<Commitment> commitments, String commitmentId, String side, String agency) {
        Commitment commitment = commitments.stream().filter(c -> c.id().equals(commitmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        if (!commitment.side().equals(side) || !commitment.agency().equals(agency)) {
            throw new ForbiddenException("Commitment " + commitmentId + " is " + commitment.agency() + "'s of side "
                    + commitment.side() + ", not " + agency + "'s of " + side);
        }
        return commitment;
    }

    /**
     * An agency commits once to an agreement; more money is a top-up of that commitment. A second
     * commitment is most often a client's retry, and taking it would count the side's money twice.
     */
    static void checkFirst(Agreement agreement, Commitment commitment) {
        agreement.commitments().stream()
                .filter(c -> c.side().equals(commitment.side()) && c.agency().equals(commitment.agency())).findFirst()
                .ifPresent(existing -> {
                    throw new IllegalTransitionException(Agreement.TYPE, agreement.id(),
                            "committed by " + existing.agency() + " already (commitment " + existing.id() + ")",
                            "commit twice for one agency; top up its commitment instead (POST /api/agreements/"
                                    + agreement.id() + "/commitments/" + existing.id() + "/top-ups)");
                });
    }

    /** Everything the side has committed, as its commitments stand now. */
    static BigDecimal committed(List<Commitment> commitments, String side) {
        return commitments.stream().filter(c -> c.side().equals(side)).map(c -> c.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether every side has committed at least its indicative budget. */
    static boolean secure(List<Commitment> commitments, Map<String, Money> indicativeBudget) {
        return indicativeBudget.entrySet().stream()
                .allMatch(side -> committed(commitments, side.getKey()).compareTo(side.getValue().amount()) >= 0);
    }

    /**
     * A withdrawal takes at most what the commitment stands at; once the agreement is secured, it
     * may not take the side below its indicative budget: the call may have opened on it.
     */
    static void checkWithdrawal(Agreement agreement, Commitment commitment, BigDecimal amount) {
        if (amount.compareTo(commitment.amount().amount()) > 0) {
            throw new InvalidCommandException(Map.of("amount", "at most what commitment " + commitment.id()
                    + " stands at: " + commitment.amount().amount().toPlainString()));
        }
        BigDecimal after = committed(agreement.commitments(), commitment.side()).subtract(amount);
        Money indicative = agreement.indicativeBudget().get(commitment.side());
        if (agreement.state() == AgreementState.SECURED && after.compareTo(indicative.amount()) < 0) {
            throw new IllegalTransitionException(Agreement.TYPE, agreement.id(), agreement.state(),
                    "withdraw below side " + commitment.side() + "'s indicative budget of "
                            + indicative.amount().toPlainString() + " " + indicative.currency());
        }
    }
}

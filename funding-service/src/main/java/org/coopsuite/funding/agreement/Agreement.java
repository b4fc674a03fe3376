package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.funding.pooling.Pooling;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.funding.FundingMechanism;

/**
 * The co-funding agreement of one call: the participating sides and their indicative budgets,
 * the mechanism, each agency's commitments, and the grants and shortfalls of the allocation.
 * Each transition checks the state, changes it and records the events that say so; the
 * allocation itself is in {@link AgreementAllocation}, the terms it holds in {@link AgreementTerms}, the
 * allocation's grants, shortfalls and reserve in {@link AgreementOutcome}.
 */
public class Agreement extends AgreementOutcome {

    static final String TYPE = "Agreement";

    private AgreementState state;
    private List<Commitment> commitments = new ArrayList<>();

    Agreement() {
    }

    /** The one agreement id of a call: derived from it, so that opening twice inserts the same document. */
    public static String idFor(String callId) {
        return UUID.nameUUIDFromBytes(("agreement:" + callId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Opens the agreement of a call submitted for funding, under a virtual common pot until chosen otherwise. */
    public static Agreement open(OpenAgreement command, LocalDate fundingDueOn, EventContext context) {
        if (!Set.copyOf(command.participatingSides()).equals(command.indicativeBudget().keySet())) {
            // without a budget per side there is nothing to secure against: the event is refused (dead-lettered)
            throw new IllegalArgumentException("Call " + command.callId() + " budgets " + command.indicativeBudget().keySet()
                    + " but its sides are " + command.participatingSides());
        }
        Agreement agreement = new Agreement();
        agreement.openOn(idFor(command.callId()), command, context.correlationId(), fundingDueOn);
        agreement.state = AgreementState.PENDING_COMMITMENTS;
        agreement.record(AgreementEvents.opened(agreement.nextMeta("AgreementOpened", context), agreement));
        return agreement;
    }

    /**
     * Records a side's consent to how the sides fund the call, before anyone has committed (pledges
     * are made under the mechanism); the mechanism is chosen once every participating side has
     * consented to the same. A pooled mechanism names the agreement currency, MIXED its percentage.
     */
    public Agreement chooseMechanism(FundingMechanism chosen, String currency, Integer percent, String side,
            String agency, EventContext context) {
        requireParticipating(side);
        if (state != AgreementState.PENDING_COMMITMENTS || !commitments.isEmpty()) {
            throw new IllegalTransitionException(TYPE, id(), state.name() + (commitments.isEmpty() ? "" : " with commitments"),
                    "choose the mechanism");
        }
        Pooling.checkChoice(chosen, currency, percent, indicativeBudget().values().stream().map(Money::currency).toList());
        if (consent(Consent.toMechanism(side, agency, chosen, currency, percent), context)) {
            choose(chosen, currency, percent);
            record(AgreementEvents.mechanismChosen(nextMeta("FundingMechanismChosen", context), this));
        }
        return this;
    }

    /**
     * Records an agency's commitment for its side, its first and only one (more is a top-up); the
     * agreement is secured once every side has committed enough.
     */
    public Agreement commit(Commitment commitment, EventContext context) {
        requireBeforeAllocation("commit");
        requireParticipating(commitment.side());
        Commitments.checkFirst(this, commitment);
        fixRate(commitment.side(), commitment.rateToAgreementCurrency());
        commitments.add(commitment);
        record(AgreementEvents.committed(nextMeta("FundingCommitted", context), this, commitment));
        secureIfCovered(context);
        return this;
    }

    /**
     * Raises a commitment of the caller's agency; after allocation, the money goes first to open
     * shortfalls, then to reserve proposals.
     */
    public Agreement topUp(String commitmentId, BigDecimal added, LocalDate on, BigDecimal rate, String side,
            String agency, EventContext context) {
        if (state == AgreementState.CLOSED || state == AgreementState.LAPSED) {
            throw new IllegalTransitionException(TYPE, id(), state, "top up a commitment");
        }
        Commitment commitment = Commitments.own(commitments, commitmentId, side, agency);
        BigDecimal pledgeRate = rate == null ? rates().get(side) : rate;
        fixRate(side, pledgeRate);
        commitments.set(commitments.indexOf(commitment), commitment.plus(added));
        record(AgreementEvents.toppedUp(nextMeta("FundingToppedUp", context), this, commitment,
                new Money(added, commitment.amount().currency()), on, pledgeRate));
        if (state == AgreementState.ALLOCATED) {
            AgreementAllocation.afterTopUp(this, context);
        } else {
            secureIfCovered(context);
        }
        return this;
    }

    /** Withdraws part or all of a commitment of the caller's agency, before allocation. */
    public Agreement withdraw(String commitmentId, BigDecimal amount, LocalDate on, String side, String agency,
            EventContext context) {
        requireBeforeAllocation("withdraw a commitment");
        Commitment commitment = Commitments.own(commitments, commitmentId, side, agency);
        Commitments.checkWithdrawal(this, commitment, amount);
        commitments.set(commitments.indexOf(commitment), commitment.minus(amount));
        record(AgreementEvents.withdrawn(nextMeta("FundingWithdrawn", context), this, commitment,
                new Money(amount, commitment.amount().currency()), on));
        return this;
    }

    /** Allocates the call's results once; results delivered again change nothing and record nothing. */
    public Agreement allocate(Results results, EventContext context) {
        if (state == AgreementState.ALLOCATED || state == AgreementState.CLOSED) {
            return this;
        }
        if (state != AgreementState.SECURED) {
            throw new IllegalTransitionException(TYPE, id(), state, "allocate the call's results");
        }
        AgreementAllocation.ofResults(this, results, context);
        state = AgreementState.ALLOCATED;
        return this;
    }

    /** Lapses the agreement of a cancelled call; a cancellation delivered again changes nothing. */
    public Agreement lapse(String reason, EventContext context) {
        if (state == AgreementState.LAPSED) {
            return this;
        }
        requireBeforeAllocation("lapse");
        state = AgreementState.LAPSED;
        record(AgreementEvents.lapsed(nextMeta("AgreementLapsed", context), this, reason));
        return this;
    }

    /** Records a side's consent to close an allocated agreement; it closes once every side has consented. */
    public Agreement close(String side, String agency, EventContext context) {
        requireParticipating(side);
        if (state != AgreementState.ALLOCATED) {
            throw new IllegalTransitionException(TYPE, id(), state, "close");
        }
        if (consent(Consent.toClosure(side, agency), context)) {
            state = AgreementState.CLOSED;
            record(AgreementEvents.closed(nextMeta("AgreementClosed", context), this));
        }
        return this;
    }

    /** The co-funding overdue fact, once, while pending past the funding period; see {@link AgreementTerms}. */
    public Agreement raiseFundingOverdue(LocalDate today, EventContext context) {
        List<String> sidesShort = participatingSides().stream()
                .filter(side -> committed(side).amount().compareTo(indicativeBudget().get(side).amount()) < 0).toList();
        raiseFundingOverdue(today, state == AgreementState.PENDING_COMMITMENTS, sidesShort, context);
        return this;
    }

    private void secureIfCovered(EventContext context) {
        if (state != AgreementState.PENDING_COMMITMENTS || !Commitments.secure(commitments, indicativeBudget())) {
            return;
        }
        state = AgreementState.SECURED;
        record(AgreementEvents.secured(nextMeta("CoFundingSecured", context), this));
    }

    private void requireBeforeAllocation(String action) {
        if (state != AgreementState.PENDING_COMMITMENTS && state != AgreementState.SECURED) {
            throw new IllegalTransitionException(TYPE, id(), state, action);
        }
    }

    /** @throws org.coopsuite.platform.domain.ForbiddenException unless the commitment is this side's and agency's */
    public void requireOwn(String commitmentId, String side, String agency) {
        Commitments.own(commitments, commitmentId, side, agency);
    }

    /** Everything the side has committed, in its currency. */
    public Money committed(String side) {
        return new Money(Commitments.committed(commitments, side), currencyOf(side));
    }

    /** A proposal the call put on its reserve after a redress joins this reserve, once; a later top-up funds it. */
    public Agreement extendReserve(ProposalShares proposal, EventContext context) {
        if (AgreementAllocation.takesOnReserve(this, proposal)) {
            addToReserve(proposal);
            record(AgreementEvents.reserveProposalAdded(nextMeta("ReserveProposalAdded", context), this, proposal));
        }
        return this;
    }

    public AgreementState state() {
        return state;
    }

    public List<Commitment> commitments() {
        return List.copyOf(commitments);
    }

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}

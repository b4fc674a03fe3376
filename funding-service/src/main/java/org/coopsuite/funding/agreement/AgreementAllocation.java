package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.funding.allocation.Allocation;
import org.coopsuite.funding.allocation.Budget;
import org.coopsuite.funding.allocation.Grant;
import org.coopsuite.funding.allocation.PartnerRequest;
import org.coopsuite.funding.allocation.PooledBudget;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.funding.allocation.Shortfall;
import org.coopsuite.funding.allocation.SideBudgets;
import org.coopsuite.funding.pooling.Pooling;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;

/**
 * Carries an {@link Allocation} walk out on an agreement: each step becomes a grant, a shortfall
 * or a resolution, with its event. The budget the walk spends from depends on the mechanism.
 */
final class AgreementAllocation {

    private AgreementAllocation() {
    }

    static void ofResults(Agreement agreement, Results results, EventContext context) {
        checkRequests(agreement, results.selected());
        checkRequests(agreement, results.reserve());
        List<Allocation.Step> steps = Allocation.ofSelected(budget(agreement), results.selected());
        steps.forEach(step -> apply(agreement, step, context));
        long grants = steps.stream().filter(Allocation.Allocate.class::isInstance).count();
        long shortfalls = steps.stream().filter(Allocation.Short.class::isInstance).count();
        agreement.completeAllocation(results.reserve(), (int) grants, (int) shortfalls, context);
    }

    static void afterTopUp(Agreement agreement, EventContext context) {
        List<Shortfall> open = agreement.shortfalls().stream().filter(s -> !s.resolved()).toList();
        Allocation.afterTopUp(budget(agreement), open, agreement.reserve())
                .forEach(step -> apply(agreement, step, context));
    }

    /**
     * Results that ask a side which does not take part, ask nothing or less, or ask in another
     * currency than the side's, cannot be allocated: they are refused whole (and dead-lettered by the consumer).
     */
    private static void checkRequests(Agreement agreement, List<ProposalShares> proposals) {
        for (ProposalShares proposal : proposals) {
            proposal.partnersBySide().forEach((side, partners) -> {
                if (!agreement.participatingSides().contains(side)) {
                    throw new IllegalArgumentException("Proposal " + proposal.proposalId() + " requests funding from side "
                            + side + ", which does not take part in agreement " + agreement.id());
                }
                partners.stream().filter(p -> p.amount().amount().signum() <= 0).findFirst().ifPresent(p -> {
                    throw new IllegalArgumentException("Proposal " + proposal.proposalId() + ": " + p.organisation()
                            + " requests " + p.amount().amount().toPlainString() + ", not a positive amount");
                });
                partners.stream().filter(p -> !p.amount().currency().equals(agreement.currencyOf(side))).findFirst()
                        .ifPresent(p -> {
                            throw new IllegalArgumentException("Proposal " + proposal.proposalId() + ": " + p.organisation()
                                    + " requests " + p.amount().currency() + " from side " + side + ", whose currency is "
                                    + agreement.currencyOf(side));
                        });
            });
        }
    }

    /**
     * Whether an allocated agreement takes this proposal onto its reserve: not when it holds it
     * already (on the reserve, or granted), a repeat of the same event.
     *
     * @throws IllegalTransitionException before allocation, or once closed
     */
    static boolean takesOnReserve(Agreement agreement, ProposalShares proposal) {
        String id = proposal.proposalId();
        if (agreement.reserve().stream().anyMatch(p -> p.proposalId().equals(id))
                || agreement.grants().stream().anyMatch(g -> g.proposalId().equals(id))) {
            return false;
        }
        if (agreement.state() != AgreementState.ALLOCATED) {
            throw new IllegalTransitionException(Agreement.TYPE, agreement.id(), agreement.state(), "extend the reserve list");
        }
        return true;
    }

    /** A shortfall's id: one per agreement, proposal and side, the same however often it is computed. */
    static String shortfallId(String agreementId, String proposalId, String side) {
        String key = "shortfall:" + agreementId + ":" + proposalId + ":" + side;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static void apply(Agreement agreement, Allocation.Step step, EventContext context) {
        if (step instanceof Allocation.Allocate allocate) {
            if (allocate.fromReserve()) {
                agreement.fundedFromReserve(allocate.proposal());
            }
            agreement.addGrant(grant(agreement, allocate.proposal().proposalId(), allocate.side(),
                    allocate.proposal().partners(allocate.side()), allocate.fromReserve()), context);
        } else if (step instanceof Allocation.Short shortOf) {
            ProposalShares proposal = shortOf.proposal();
            agreement.addShortfall(new Shortfall(shortfallId(agreement.id(), proposal.proposalId(), shortOf.side()),
                    proposal.proposalId(), proposal.rank(), shortOf.side(),
                    new Money(shortOf.missing(), agreement.currencyOf(shortOf.side())),
                    proposal.partners(shortOf.side()), false), context);
        } else if (step instanceof Allocation.Resolve resolve) {
            Shortfall shortfall = resolve.shortfall();
            agreement.resolve(shortfall, context);
            agreement.addGrant(grant(agreement, shortfall.proposalId(), shortfall.side(), shortfall.partners(), false),
                    context);
        }
    }

    /** A grant, paid by the side's own money first and, under a pooled mechanism, by the pool for the rest. */
    private static Grant grant(Agreement agreement, String proposalId, String side, List<PartnerRequest> partners,
            boolean fromReserve) {
        BigDecimal share = ProposalShares.sum(partners);
        BigDecimal own = share.min(ownFree(agreement, side));
        BigDecimal rest = share.subtract(own);
        BigDecimal pooledCost = rest.signum() == 0 ? BigDecimal.ZERO
                : Pooling.costToPool(rest, agreement.rates().get(side), agreement.agreementCurrency());
        return new Grant(proposalId, side, new Money(share, agreement.currencyOf(side)), List.copyOf(partners), fromReserve,
                own, pooledCost);
    }

    /**
     * What the agreement can spend now: each side its own (unpooled) money less what that paid
     * already; under a pooled mechanism also the pool, less what it paid already.
     */
    static Budget budget(Agreement agreement) {
        Map<String, BigDecimal> ownFree = new HashMap<>();
        agreement.participatingSides().forEach(side -> ownFree.put(side, ownFree(agreement, side)));
        if (agreement.pooledPercent() == 0) {
            return new SideBudgets(ownFree);
        }
        BigDecimal pool = AgreementPool.free(agreement);
        Map<String, String> currencies = new HashMap<>();
        agreement.participatingSides().forEach(side -> currencies.put(side, agreement.currencyOf(side)));
        return new PooledBudget(ownFree, pool, agreement.rates(), agreement.agreementCurrency(), currencies);
    }

    private static BigDecimal ownFree(Agreement agreement, String side) {
        BigDecimal own = Pooling.ownPart(agreement.committed(side).amount(), agreement.pooledPercent(),
                agreement.currencyOf(side));
        BigDecimal paid = agreement.grants().stream().filter(g -> g.side().equals(side)).map(Grant::own)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return own.subtract(paid);
    }
}

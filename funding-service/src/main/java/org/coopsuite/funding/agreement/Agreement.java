package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.funding.AgreementClosed;
import org.coopsuite.schemas.funding.AgreementLapsed;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingMechanismChosen;

/**
 * The co-funding agreement of one call: the participating sides and their indicative budgets,
 * the mechanism, each agency's commitments, and the grants and shortfalls of the allocation.
 * Each transition checks the state, changes it and records the events that say so; the
 * allocation itself is in {@link AgreementAllocation}.
 */
public class Agreement extends AggregateRoot<Agreement> {

    static final String TYPE = "Agreement";

    private String id;
    private String callId;
    private List<String> participatingSides;
    private Map<String, Money> indicativeBudget;
    private List<String> strategicAreas;
    private int climateCoefficient;
    private FundingMechanism mechanism = FundingMechanism.VIRTUAL_COMMON_POT;
    private String agreementCurrency;
    private Integer pooledSharePercent;
    private AgreementState state;
    private List<Commitment> commitments = new ArrayList<>();
    private List<Grant> grants = new ArrayList<>();
    private List<Shortfall> shortfalls = new ArrayList<>();
    private List<ProposalShares> reserve = new ArrayList<>();
    private Map<String, BigDecimal> rates = new LinkedHashMap<>();
    private String correlationId;

    Agreement() {
    }

    /** The one agreement id of a call: derived from it, so that opening twice inserts the same document. */
    public static String idFor(String callId) {
        return UUID.nameUUIDFromBytes(("agreement:" + callId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** Opens the agreement of a call submitted for funding, under a virtual common pot until chosen otherwise. */
    public static Agreement open(OpenAgreement command, EventContext context) {
        if (!Set.copyOf(command.participatingSides()).equals(command.indicativeBudget().keySet())) {
            // without a budget per side there is nothing to secure against: the event is refused (dead-lettered)
            throw new IllegalArgumentException("Call " + command.callId() + " budgets " + command.indicativeBudget().keySet()
                    + " but its sides are " + command.participatingSides());
        }
        Agreement agreement = new Agreement();
        agreement.id = idFor(command.callId());
        agreement.callId = command.callId();
        agreement.participatingSides = command.participatingSides().stream().sorted().toList();
        agreement.indicativeBudget = new LinkedHashMap<>(command.indicativeBudget());
        agreement.strategicAreas = List.copyOf(command.strategicAreas());
        agreement.climateCoefficient = command.climateCoefficient();
        agreement.state = AgreementState.PENDING_COMMITMENTS;
        agreement.correlationId = context.correlationId();
        agreement.record(AgreementOpened.newBuilder().setMeta(agreement.nextMeta("AgreementOpened", context))
                .setAgreementId(agreement.id).setCallId(agreement.callId)
                .setParticipatingSides(agreement.participatingSides)
                .setIndicativeBudget(Money.toEvent(agreement.indicativeBudget))
                .setStrategicAreas(agreement.strategicAreas).setClimateCoefficient(agreement.climateCoefficient)
                .setMechanism(agreement.mechanism).build());
        return agreement;
    }

    /**
     * Chooses how the sides fund the call, before anyone has committed (pledges are made under
     * the mechanism); a pooled mechanism names the agreement currency, MIXED its pooled percentage.
     */
    public Agreement chooseMechanism(FundingMechanism chosen, String currency, Integer percent, String side,
            EventContext context) {
        requireParticipating(side);
        if (state != AgreementState.PENDING_COMMITMENTS || !commitments.isEmpty()) {
            throw new IllegalTransitionException(TYPE, id, state.name() + (commitments.isEmpty() ? "" : " with commitments"),
                    "choose the mechanism");
        }
        Pooling.checkChoice(chosen, currency, percent, indicativeBudget.values().stream().map(Money::currency).toList());
        mechanism = chosen;
        agreementCurrency = currency;
        pooledSharePercent = percent;
        record(FundingMechanismChosen.newBuilder().setMeta(nextMeta("FundingMechanismChosen", context)).setAgreementId(id)
                .setCallId(callId).setMechanism(chosen).setAgreementCurrency(currency).setPooledSharePercent(percent)
                .build());
        return this;
    }

    /** Records an agency's commitment for its side; the agreement is secured once every side has committed enough. */
    public Agreement commit(Commitment commitment, EventContext context) {
        requireBeforeAllocation("commit");
        requireParticipating(commitment.side());
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
            throw new IllegalTransitionException(TYPE, id, state, "top up a commitment");
        }
        Commitment commitment = ownCommitment(commitmentId, side, agency);
        BigDecimal pledgeRate = rate == null ? rates.get(side) : rate;
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
        Commitment commitment = ownCommitment(commitmentId, side, agency);
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
            throw new IllegalTransitionException(TYPE, id, state, "allocate the call's results");
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
        record(AgreementLapsed.newBuilder().setMeta(nextMeta("AgreementLapsed", context)).setAgreementId(id)
                .setCallId(callId).setReason(reason).build());
        return this;
    }

    /** Closes an allocated agreement, at the request of a participating side. */
    public Agreement close(String side, EventContext context) {
        requireParticipating(side);
        if (state != AgreementState.ALLOCATED) {
            throw new IllegalTransitionException(TYPE, id, state, "close");
        }
        state = AgreementState.CLOSED;
        record(AgreementClosed.newBuilder().setMeta(nextMeta("AgreementClosed", context)).setAgreementId(id)
                .setCallId(callId).build());
        return this;
    }

    /** Under a pooled mechanism a side's first pledge fixes its rate; every later one must give the same. */
    private void fixRate(String side, BigDecimal rate) {
        Pooling.checkRate(rate, mechanism, currencyOf(side), agreementCurrency, rates.get(side));
        if (rate != null) {
            rates.putIfAbsent(side, rate);
        }
    }

    private void secureIfCovered(EventContext context) {
        if (state != AgreementState.PENDING_COMMITMENTS || !Commitments.secure(commitments, indicativeBudget)) {
            return;
        }
        state = AgreementState.SECURED;
        Map<String, Money> secured = new LinkedHashMap<>();
        participatingSides.forEach(side -> secured.put(side, committed(side)));
        record(CoFundingSecured.newBuilder().setMeta(nextMeta("CoFundingSecured", context)).setAgreementId(id)
                .setCallId(callId).setSecured(Money.toEvent(secured)).setMechanism(mechanism).build());
    }

    private void requireBeforeAllocation(String action) {
        if (state != AgreementState.PENDING_COMMITMENTS && state != AgreementState.SECURED) {
            throw new IllegalTransitionException(TYPE, id, state, action);
        }
    }

    void requireParticipating(String side) {
        if (!participatingSides.contains(side)) {
            throw new ForbiddenException("Side " + side + " does not take part in agreement " + id
                    + "; its sides are " + participatingSides);
        }
    }

    private Commitment ownCommitment(String commitmentId, String side, String agency) {
        Commitment commitment = commitments.stream().filter(c -> c.id().equals(commitmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Commitment", commitmentId));
        if (!commitment.side().equals(side) || !commitment.agency().equals(agency)) {
            throw new ForbiddenException("Commitment " + commitmentId + " is " + commitment.agency() + "'s of side "
                    + commitment.side() + ", not " + agency + "'s of " + side);
        }
        return commitment;
    }

    /** Everything the side has committed, in its currency. */
    public Money committed(String side) {
        return new Money(Commitments.committed(commitments, side), currencyOf(side));
    }

    /** Everything allocated to the side's partners, in its currency. */
    public Money allocated(String side) {
        BigDecimal sum = grants.stream().filter(g -> g.side().equals(side)).map(g -> g.amount().amount())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Money(sum, currencyOf(side));
    }

    /** Under a pooled mechanism, each side's rate to the agreement currency, fixed at its first pledge. */
    public Map<String, BigDecimal> rates() {
        return Map.copyOf(rates);
    }

    /** What the side's pledges bring to the pool, in the agreement currency; zero under a virtual pot. */
    public BigDecimal poolContribution(String side) {
        if (!rates.containsKey(side)) {
            return BigDecimal.ZERO;
        }
        BigDecimal pooled = Pooling.pooledPart(committed(side).amount(), pooledPercent(), currencyOf(side));
        return Pooling.intoPool(pooled, rates.get(side), agreementCurrency);
    }

    /** What the pool has paid for grants, in the agreement currency. */
    public BigDecimal poolSpent() {
        return grants.stream().map(Grant::pooledCost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    int pooledPercent() {
        return Pooling.pooledPercent(mechanism, pooledSharePercent);
    }

    String currencyOf(String side) {
        return indicativeBudget.get(side).currency();
    }

    // The allocation's changes, made by AgreementAllocation: each records its event.

    void addGrant(Grant grant, EventContext context) {
        grants.add(grant);
        record(AgreementEvents.grantAllocated(nextMeta("GrantAllocated", context), this, grant));
    }

    void addShortfall(Shortfall shortfall, EventContext context) {
        shortfalls.add(shortfall);
        record(AgreementEvents.shortfallDetected(nextMeta("FundingShortfallDetected", context), this, shortfall));
    }

    void resolve(Shortfall shortfall, EventContext context) {
        shortfalls.set(shortfalls.indexOf(shortfall), shortfall.resolve());
        record(AgreementEvents.shortfallResolved(nextMeta("FundingShortfallResolved", context), this, shortfall));
    }

    void completeAllocation(List<ProposalShares> reserveList, int grantCount, int shortfallCount, EventContext context) {
        reserve = new ArrayList<>(reserveList);
        Map<String, Money> allocatedPerSide = new LinkedHashMap<>();
        participatingSides.forEach(side -> allocatedPerSide.put(side, allocated(side)));
        record(AgreementEvents.allocationCompleted(nextMeta("AllocationCompleted", context), this, allocatedPerSide,
                grantCount, shortfallCount));
    }

    void fundedFromReserve(ProposalShares proposal) {
        reserve.remove(proposal);
    }

    @Override
    public String id() {
        return id;
    }

    /** The correlation id of the cooperation thread the agreement belongs to: that of the call it funds. */
    @Override
    public String correlationId() {
        return correlationId;
    }

    public String callId() {
        return callId;
    }

    public List<String> participatingSides() {
        return participatingSides;
    }

    public Map<String, Money> indicativeBudget() {
        return Map.copyOf(indicativeBudget);
    }

    public List<String> strategicAreas() {
        return strategicAreas;
    }

    public int climateCoefficient() {
        return climateCoefficient;
    }

    public FundingMechanism mechanism() {
        return mechanism;
    }

    /** ISO 4217 code of the pooled money under REAL_COMMON_POT or MIXED; null otherwise. */
    public String agreementCurrency() {
        return agreementCurrency;
    }

    /** Under MIXED, the percentage of each pledge that is pooled; null otherwise. */
    public Integer pooledSharePercent() {
        return pooledSharePercent;
    }

    public AgreementState state() {
        return state;
    }

    public List<Commitment> commitments() {
        return List.copyOf(commitments);
    }

    public List<Grant> grants() {
        return List.copyOf(grants);
    }

    public List<Shortfall> shortfalls() {
        return List.copyOf(shortfalls);
    }

    /** The reserve proposals not funded yet, best first. */
    public List<ProposalShares> reserve() {
        return List.copyOf(reserve);
    }

    @Override
    protected String aggregateType() {
        return TYPE;
    }
}

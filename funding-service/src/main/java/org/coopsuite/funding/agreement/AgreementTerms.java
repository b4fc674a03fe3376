package org.coopsuite.funding.agreement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.funding.pooling.Pooling;
import org.coopsuite.platform.domain.AggregateRoot;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.coopsuite.schemas.funding.FundingMechanism;

/**
 * The terms of an agreement: what its call brings when the agreement opens (the sides taking part,
 * their indicative budgets, the strategic areas and climate coefficient, the cooperation thread),
 * and the mechanism the sides choose with, under a pooled one, the rate each side fixes with its
 * first pledge. {@link Agreement} adds the money's life on these terms: commitments, allocation,
 * state.
 * <p>
 * A superclass rather than a field of its own: an agreement is stored field by field, and these
 * fields stay where they were in the stored document, where the listing queries {@code callId}
 * and {@code participatingSides}.
 */
abstract class AgreementTerms extends AggregateRoot<Agreement> {

    private String id;
    private String callId;
    private List<String> participatingSides;
    private Map<String, Money> indicativeBudget;
    private List<String> strategicAreas;
    private int climateCoefficient;
    private FundingMechanism mechanism = FundingMechanism.VIRTUAL_COMMON_POT;
    private String agreementCurrency;
    private Integer pooledSharePercent;
    private Map<String, BigDecimal> rates = new LinkedHashMap<>();
    private String correlationId;
    private LocalDate fundingDueOn;
    private boolean fundingOverdue;
    private List<Consent> consents = new ArrayList<>();

    AgreementTerms() {
    }

    /**
     * Raises the co-funding overdue fact, once: while the commitments are pending, the day after the
     * funding period's last day. A later {@code CoFundingSecured} resolves it.
     */
    void raiseFundingOverdue(LocalDate today, boolean pending, List<String> sidesShort, EventContext context) {
        if (!pending || fundingOverdue || fundingDueOn == null || !today.isAfter(fundingDueOn)) {
            return;
        }
        fundingOverdue = true;
        record(CoFundingOverdue.newBuilder().setMeta(nextMeta("CoFundingOverdue", context)).setAgreementId(id)
                .setCallId(callId).setDueOn(fundingDueOn).setSidesShort(sidesShort).setStrategicAreas(strategicAreas)
                .build());
    }

    /** The last day of the funding period; null for an agreement opened without one. */
    public LocalDate fundingDueOn() {
        return fundingDueOn;
    }

    public boolean fundingOverdue() {
        return fundingOverdue;
    }

    /** The call's terms, as the agreement opens under a virtual common pot. */
    void openOn(String agreementId, OpenAgreement command, String correlation, LocalDate dueOn) {
        fundingDueOn = dueOn;
        id = agreementId;
        callId = command.callId();
        participatingSides = command.participatingSides().stream().sorted().toList();
        indicativeBudget = new LinkedHashMap<>(command.indicativeBudget());
        strategicAreas = List.copyOf(command.strategicAreas());
        climateCoefficient = command.climateCoefficient();
        correlationId = correlation;
    }

    /**
     * Records a side's consent to an agreement-wide change and its event; whether every
     * participating side has now consented to the same (the change's consents are then settled).
     */
    boolean consent(Consent consent, EventContext context) {
        consents = Consent.record(consents, consent);
        List<String> awaiting = Consent.awaiting(consents, consent, participatingSides);
        record(consent.toEvent(nextMeta("AgreementChangeConsented", context), id, callId, awaiting));
        if (awaiting.isEmpty()) {
            consents.removeIf(c -> c.change() == consent.change());
        }
        return awaiting.isEmpty();
    }

    /** The consents recorded to a change not made yet. */
    public List<Consent> consents() {
        return List.copyOf(consents);
    }

    /** The mechanism, its parameters checked by the agreement. */
    void choose(FundingMechanism chosen, String currency, Integer percent) {
        mechanism = chosen;
        agreementCurrency = currency;
        pooledSharePercent = percent;
    }

    /** Under a pooled mechanism a side's first pledge fixes its rate; every later one must give the same. */
    void fixRate(String side, BigDecimal rate) {
        Pooling.checkRate(rate, mechanism, currencyOf(side), agreementCurrency, rates.get(side));
        if (rate != null) {
            rates.putIfAbsent(side, rate);
        }
    }

    void requireParticipating(String side) {
        if (!participatingSides.contains(side)) {
            throw new ForbiddenException("Side " + side + " does not take part in agreement " + id
                    + "; its sides are " + participatingSides);
        }
    }

    String currencyOf(String side) {
        return indicativeBudget.get(side).currency();
    }

    int pooledPercent() {
        return Pooling.pooledPercent(mechanism, pooledSharePercent);
    }

    @Override
    public String id() {
        return id;
    }

    /** The correlation id of the cooperation thread the agreement belongs to: that of the call it funds. */
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

    /** Under a pooled mechanism, each side's rate to the agreement currency, fixed at its first pledge. */
    public Map<String, BigDecimal> rates() {
        return Map.copyOf(rates);
    }
}

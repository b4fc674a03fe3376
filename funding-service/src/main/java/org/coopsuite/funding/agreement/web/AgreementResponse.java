package org.coopsuite.funding.agreement.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.funding.agreement.Agreement;
import org.coopsuite.funding.agreement.AgreementPool;
import org.coopsuite.funding.agreement.AgreementState;
import org.coopsuite.funding.agreement.Consent;
import org.coopsuite.funding.agreement.Commitment;
import org.coopsuite.funding.allocation.Grant;
import org.coopsuite.funding.allocation.PartnerRequest;
import org.coopsuite.funding.allocation.ProposalShares;
import org.coopsuite.funding.allocation.Shortfall;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.funding.FundingMechanism;

/**
 * An agreement as the API shows it; {@code version} goes back in {@code If-Match} to guard a
 * command. Amounts are exact decimal strings with their currency, as in the events. {@code consents}:
 * the sides' consents to an agreement-wide change (mechanism, closure) still awaiting another side's.
 */
record AgreementResponse(String id, long version, String callId, AgreementState state, List<String> participatingSides,
        List<String> strategicAreas, int climateCoefficient, FundingMechanism mechanism, String agreementCurrency,
        Integer pooledSharePercent, Pool pool, Map<String, SideTotals> sides, List<CommitmentView> commitments,
        List<GrantView> grants, List<ShortfallView> shortfalls, List<String> reserve, LocalDate fundingDueOn,
        boolean fundingOverdue, List<Consent> consents) {

    record Amount(String amount, String currency) {
        static Amount of(Money money) {
            return new Amount(money.amount().toPlainString(), money.currency());
        }
    }

    /**
     * Under a pooled mechanism: each side's fixed rate and what its pledges bring to the pool, and
     * what the pool has paid, in the agreement currency; null under a virtual common pot.
     */
    record Pool(Map<String, String> rates, Map<String, Amount> contributions, Amount spent) {

        static Pool of(Agreement agreement) {
            if (agreement.agreementCurrency() == null) {
                return null;
            }
            Map<String, String> rates = new LinkedHashMap<>();
            Map<String, Amount> contributions = new LinkedHashMap<>();
            for (String side : agreement.participatingSides()) {
                if (agreement.rates().containsKey(side)) {
                    rates.put(side, agreement.rates().get(side).toPlainString());
                }
                contributions.put(side,
                        Amount.of(new Money(AgreementPool.contribution(agreement, side), agreement.agreementCurrency())));
            }
            return new Pool(rates, contributions,
                    Amount.of(new Money(AgreementPool.spent(agreement), agreement.agreementCurrency())));
        }
    }

    /** Per side: its indicative budget, what it committed and allocated, and what remains. */
    record SideTotals(Amount indicative, Amount committed, Amount allocated, Amount remaining) {
    }

    record CommitmentView(String id, String side, String agency, Amount amount, LocalDate committedOn,
            String rateToAgreementCurrency) {
    }

    record PartnerView(String organisation, Amount amount) {
    }

    record GrantView(String proposalId, String side, Amount amount, List<PartnerView> partners, boolean fromReserve) {
    }

    record ShortfallView(String id, String proposalId, String side, Amount missing, boolean resolved) {
    }

    static AgreementResponse of(Agreement agreement) {
        long version = agreement.version() + agreement.recordedEvents().size();
        return new AgreementResponse(agreement.id(), version, agreement.callId(), agreement.state(),
                agreement.participatingSides(), agreement.strategicAreas(), agreement.climateCoefficient(),
                agreement.mechanism(), agreement.agreementCurrency(), agreement.pooledSharePercent(), Pool.of(agreement), sides(agreement),
                agreement.commitments().stream().map(AgreementResponse::commitment).toList(),
                agreement.grants().stream().map(AgreementResponse::grant).toList(),
                agreement.shortfalls().stream().map(AgreementResponse::shortfall).toList(),
                agreement.reserve().stream().map(ProposalShares::proposalId).toList(), agreement.fundingDueOn(),
                agreement.fundingOverdue(), agreement.consents());
    }

    private static Map<String, SideTotals> sides(Agreement agreement) {
        Map<String, SideTotals> sides = new LinkedHashMap<>();
        for (String side : agreement.participatingSides()) {
            Money committed = agreement.committed(side);
            Money allocated = agreement.allocated(side);
            Money remaining = new Money(committed.amount().subtract(allocated.amount()), committed.currency());
            sides.put(side, new SideTotals(Amount.of(agreement.indicativeBudget().get(side)), Amount.of(committed),
                    Amount.of(allocated), Amount.of(remaining)));
        }
        return sides;
    }

    private static CommitmentView commitment(Commitment c) {
        return new CommitmentView(c.id(), c.side(), c.agency(), Amount.of(c.amount()), c.committedOn(),
                c.rateToAgreementCurrency() == null ? null : c.rateToAgreementCurrency().toPlainString());
    }

    private static GrantView grant(Grant grant) {
        return new GrantView(grant.proposalId(), grant.side(), Amount.of(grant.amount()),
                grant.partners().stream().map(AgreementResponse::partner).toList(), grant.fromReserve());
    }

    private static PartnerView partner(PartnerRequest partner) {
        return new PartnerView(partner.organisation(), Amount.of(partner.amount()));
    }

    private static ShortfallView shortfall(Shortfall s) {
        return new ShortfallView(s.id(), s.proposalId(), s.side(), Amount.of(s.missing()), s.resolved());
    }
}

package org.coopsuite.funding.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.funding.pooling.Pooling;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.funding.AgreementClosed;
import org.coopsuite.schemas.funding.AgreementLapsed;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanismChosen;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link LedgerView} of each agreement from {@code coop.funding.events}: the amounts
 * are sums of the events' amounts (committed, topped up, withdrawn, allocated), never copied from
 * a running total, so the ledger is what the events say it is.
 */
@Component
public class LedgerProjection implements Projection<LedgerView> {

    public static final String COLLECTION = "ledgerViews";

    @Override
    public String collection() {
        return COLLECTION;
    }

    @Override
    public Class<LedgerView> viewType() {
        return LedgerView.class;
    }

    @Override
    public LedgerView newView(String id) {
        return new LedgerView(id);
    }

    @Override
    public void apply(LedgerView view, SpecificRecord event) {
        if (event instanceof AgreementOpened opened) {
            view.opened(opened.getCallId(), opened.getStrategicAreas(), opening(opened), opened.getMechanism().name());
        } else if (event instanceof FundingMechanismChosen chosen) {
            int percent = Pooling.pooledPercent(chosen.getMechanism(), chosen.getPooledSharePercent());
            view.mechanism(chosen.getMechanism().name(),
                    percent == 0 ? null : PoolLedger.of(chosen.getAgreementCurrency(), percent));
        } else if (event instanceof FundingCommitted committed) {
            view.pledged(committed.getSide(), rate(committed.getRateToAgreementCurrency()));
            view.committed(committed.getSide(), amount(committed.getAmount()));
        } else if (event instanceof FundingToppedUp toppedUp) {
            view.pledged(toppedUp.getSide(), rate(toppedUp.getRateToAgreementCurrency()));
            view.committed(toppedUp.getSide(), amount(toppedUp.getAdded()));
        } else if (event instanceof FundingWithdrawn withdrawn) {
            view.committed(withdrawn.getSide(), amount(withdrawn.getWithdrawn()).negate());
        } else if (event instanceof GrantAllocated grant) {
            view.allocated(grant.getSide(), amount(grant.getAmount()));
        } else if (event instanceof FundingShortfallDetected shortfall) {
            view.shortfalls(shortfall.getSide(), 1);
        } else if (event instanceof FundingShortfallResolved resolved) {
            view.shortfalls(resolved.getSide(), -1);
        } else {
            applyState(view, event);
        }
    }

    private static void applyState(LedgerView view, SpecificRecord event) {
        if (event instanceof CoFundingSecured) {
            view.state("SECURED");
        } else if (event instanceof AllocationCompleted) {
            view.state("ALLOCATED");
        } else if (event instanceof AgreementClosed) {
            view.state("CLOSED");
        } else if (event instanceof AgreementLapsed) {
            view.state("LAPSED");
        }
    }

    private static Map<String, SideLedger> opening(AgreementOpened opened) {
        Map<String, SideLedger> sides = new LinkedHashMap<>();
        for (SideAmount budget : opened.getIndicativeBudget()) {
            sides.put(budget.getSide(), SideLedger.opened(budget.getAmount().getCurrency(), amount(budget.getAmount())));
        }
        return sides;
    }

    private static BigDecimal rate(String rate) {
        return rate == null ? null : new BigDecimal(rate);
    }

    private static BigDecimal amount(org.coopsuite.schemas.common.Money money) {
        return new BigDecimal(money.getAmount());
    }
}

package org.coopsuite.funding.agreement;

import static org.coopsuite.funding.agreement.AgreementFixtures.CONTEXT;
import static org.coopsuite.funding.agreement.AgreementFixtures.TODAY;
import static org.coopsuite.funding.agreement.AgreementFixtures.eu;
import static org.coopsuite.funding.agreement.AgreementFixtures.jp;
import static org.coopsuite.funding.agreement.AgreementFixtures.proposal;
import static org.coopsuite.funding.agreement.AgreementFixtures.stored;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.funding.allocation.Results;
import org.coopsuite.platform.domain.Money;

/**
 * An agreement's whole life as the events it published, for tests of what is built from them:
 * commitments, a top-up and a withdrawal, an allocation with a shortfall, and a top-up that
 * resolves it and funds a reserve proposal.
 */
public final class AgreementHistory {

    private final List<SpecificRecord> events = new ArrayList<>();
    private Agreement agreement;

    private AgreementHistory() {
    }

    public static AgreementHistory ofAWholeLife() {
        AgreementHistory history = new AgreementHistory();
        history.then(Agreement.open(AgreementFixtures.openCall(), null, CONTEXT));
        history.then(history.agreement.commit(eu("c-eu", "4000000.00"), CONTEXT)
                .commit(new Commitment("c-eu2", "EU", "ERCEA", AgreementFixtures.eur("1000000.01"), TODAY, null), CONTEXT));
        history.then(history.agreement.withdraw("c-eu2", new BigDecimal("0.01"), TODAY, "EU", "ERCEA", CONTEXT)
                .commit(jp("c-jp", "700000000"), CONTEXT));
        history.then(history.agreement.topUp("c-jp", new BigDecimal("100000000"), TODAY, null, "JP", "JST", CONTEXT));
        history.then(history.agreement.allocate(new Results(List.of(
                proposal("p-1", 1, "EU:TU Delft:3000000.00", "JP:Kyoto:500000000"),
                proposal("p-2", 2, "EU:KTH:1000000.00", "JP:Osaka:400000000")),
                List.of(proposal("r-1", 3, "EU:Lund:999999.99", "JP:Keio:1"))), CONTEXT));
        history.then(history.agreement.topUp("c-jp", new BigDecimal("100000001"), TODAY, null, "JP", "JST", CONTEXT));
        return history;
    }

    /**
     * A MIXED agreement pooling 50 % in EUR, JP pledging at 0.006 EUR per JPY: allocated with one
     * proposal whose JP partners ask more than JP's own half, then topped up to fund the reserve.
     */
    public static AgreementHistory ofAMixedAgreement() {
        AgreementHistory history = new AgreementHistory();
        history.then(Agreement.open(AgreementFixtures.openCall(), null, CONTEXT)
                .chooseMechanism(org.coopsuite.schemas.funding.FundingMechanism.MIXED, "EUR", 50, "EU", "REA", CONTEXT)
                .chooseMechanism(org.coopsuite.schemas.funding.FundingMechanism.MIXED, "EUR", 50, "JP", "JST", CONTEXT));
        history.then(history.agreement.commit(new Commitment("c-eu", "EU", "REA", AgreementFixtures.eur("5000000.01"), TODAY,
                BigDecimal.ONE), CONTEXT).commit(new Commitment("c-jp", "JP", "JST", AgreementFixtures.jpy("800000000"),
                TODAY, new BigDecimal("0.006")), CONTEXT));
        history.then(history.agreement.allocate(new Results(List.of(
                proposal("p-1", 1, "EU:TU Delft:3000000.00", "JP:Kyoto:500000001")),
                List.of(proposal("r-1", 2, "EU:Lund:2000000.01", "JP:Keio:300000000"))), CONTEXT));
        history.then(history.agreement.topUp("c-jp", new BigDecimal("100000000"), TODAY, null, "JP", "JST", CONTEXT));
        return history;
    }

    private void then(Agreement next) {
        events.addAll(next.recordedEvents());
        agreement = stored(next);
    }

    public List<SpecificRecord> events() {
        return List.copyOf(events);
    }

    public String agreementId() {
        return agreement.id();
    }

    public Money committed(String side) {
        return agreement.committed(side);
    }

    public Money allocated(String side) {
        return agreement.allocated(side);
    }

    public BigDecimal poolSpent() {
        return AgreementPool.spent(agreement);
    }

    /** What every side's pledges brought to the pool, in the agreement currency. */
    public BigDecimal pooledIn() {
        return agreement.participatingSides().stream().map(side -> AgreementPool.contribution(agreement, side))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int grants() {
        return agreement.grants().size();
    }
}

package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.coopsuite.funding.agreement.AgreementFixtures.CONTEXT;
import static org.coopsuite.funding.agreement.AgreementFixtures.TODAY;
import static org.coopsuite.funding.agreement.AgreementFixtures.eur;
import static org.coopsuite.funding.agreement.AgreementFixtures.events;
import static org.coopsuite.funding.agreement.AgreementFixtures.jpy;
import static org.coopsuite.funding.agreement.AgreementFixtures.opened;
import static org.coopsuite.funding.agreement.AgreementFixtures.proposal;
import static org.coopsuite.funding.agreement.AgreementFixtures.stored;

import java.math.BigDecimal;
import java.util.List;

import org.coopsuite.funding.allocation.Results;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.AgreementChange;
import org.coopsuite.schemas.funding.AgreementChangeConsented;
import org.coopsuite.schemas.funding.FundingMechanismChosen;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.junit.jupiter.api.Test;

/**
 * The three mechanisms on an agreement of EU 5,000,000.00 EUR and JP 800,000,000 JPY, pooling in
 * EUR where pooled, JP pledging at 0.006 EUR per JPY.
 */
class MechanismTest {

    private static final BigDecimal JPY_IN_EUR = new BigDecimal("0.006");

    @Test
    void choosesAMechanismBeforeTheFirstCommitmentOnly() {
        Agreement agreement = opened().chooseMechanism(FundingMechanism.MIXED, "EUR", 40, "JP", "JST", CONTEXT)
                .chooseMechanism(FundingMechanism.MIXED, "EUR", 40, "EU", "REA", CONTEXT);

        FundingMechanismChosen chosen = events(agreement, FundingMechanismChosen.class).get(0);
        assertThat(chosen.getMechanism()).isEqualTo(FundingMechanism.MIXED);
        assertThat(chosen.getAgreementCurrency()).isEqualTo("EUR");
        assertThat(chosen.getPooledSharePercent()).isEqualTo(40);
        Agreement committed = stored(stored(agreement).commit(euPledge("1.00"), CONTEXT));
        assertThatThrownBy(() -> committed.chooseMechanism(FundingMechanism.VIRTUAL_COMMON_POT, null, null, "EU", "REA", CONTEXT))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.currentState()).isEqualTo("PENDING_COMMITMENTS with commitments"));
        assertThatThrownBy(() -> opened().chooseMechanism(FundingMechanism.REAL_COMMON_POT, "EUR", null, "KR", "NRF", CONTEXT))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> opened().chooseMechanism(FundingMechanism.REAL_COMMON_POT, "USD", null, "EU", "REA", CONTEXT))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void oneSideAloneDoesNotChooseTheMechanism() {
        Agreement agreement = opened().chooseMechanism(FundingMechanism.REAL_COMMON_POT, "EUR", null, "EU", "REA", CONTEXT);

        assertThat(events(agreement, FundingMechanismChosen.class)).isEmpty();
        assertThat(events(agreement, AgreementChangeConsented.class)).singleElement().satisfies(consent -> {
            assertThat(consent.getChange()).isEqualTo(AgreementChange.MECHANISM);
            assertThat(consent.getSide()).isEqualTo("EU");
            assertThat(consent.getAwaitingSides()).containsExactly("JP");
        });
        assertThat(agreement.mechanism()).isEqualTo(FundingMechanism.VIRTUAL_COMMON_POT);
    }

    @Test
    void sidesThatConsentToDifferentMechanismsChooseNoneUntilTheyAgree() {
        Agreement agreement = stored(opened().chooseMechanism(FundingMechanism.REAL_COMMON_POT, "EUR", null, "EU", "REA", CONTEXT)
                .chooseMechanism(FundingMechanism.MIXED, "EUR", 30, "JP", "JST", CONTEXT));

        assertThat(agreement.mechanism()).isEqualTo(FundingMechanism.VIRTUAL_COMMON_POT);
        assertThat(agreement.consents()).hasSize(2);
        Agreement agreed = agreement.chooseMechanism(FundingMechanism.MIXED, "EUR", 30, "EU", "EISMEA", CONTEXT);
        assertThat(events(agreed, FundingMechanismChosen.class)).singleElement()
                .satisfies(chosen -> assertThat(chosen.getPooledSharePercent()).isEqualTo(30));
        assertThat(agreed.consents()).isEmpty();
    }

    @Test
    void fixesEachSidesRateAtItsFirstPledge() {
        Agreement agreement = stored(realPot().commit(jpPledge("c-jp", "100", JPY_IN_EUR), CONTEXT));

        assertThatThrownBy(() -> agreement.commit(amedPledge("c-jp2", new BigDecimal("0.007")), CONTEXT))
                .as("another agency of the side, at another rate").isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> agreement.commit(amedPledge("c-jp3", null), CONTEXT))
                .isInstanceOf(InvalidCommandException.class);
        Agreement topped = agreement.topUp("c-jp", BigDecimal.TEN, TODAY, null, "JP", "JST", CONTEXT);
        assertThat(events(topped, FundingToppedUp.class).get(0).getRateToAgreementCurrency()).isEqualTo("0.006");
        assertThatThrownBy(() -> opened().commit(jpPledge("c-jp", "100", JPY_IN_EUR), CONTEXT))
                .as("no rate under a virtual common pot").isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void aRealCommonPotPaysAnySidesPartnersFromThePooledMoney() {
        Agreement pledged = realPot().commit(euPledge("5000000.00"), CONTEXT)
                .commit(jpPledge("c-jp", "800000000", JPY_IN_EUR), CONTEXT);
        assertThat(events(pledged, CoFundingSecured.class)).singleElement()
                .satisfies(e -> assertThat(e.getMechanism()).isEqualTo(FundingMechanism.REAL_COMMON_POT));
        Agreement secured = stored(pledged);
        assertThat(AgreementPool.contribution(secured, "JP")).isEqualByComparingTo("4800000.00");

        Agreement allocated = stored(secured.allocate(new Results(List.of(
                proposal("p-1", 1, "EU:TU Delft:1000000.00", "JP:Kyoto:1200000000"),
                proposal("p-2", 2, "EU:KTH:1000000.00", "JP:Osaka:500000001")), List.of()), CONTEXT));

        assertThat(allocated.grants()).extracting(g -> g.proposalId() + " " + g.side() + " " + g.pooledCost().toPlainString())
                .as("JP's partners get more yen than JP pledged: the pool pays them")
                .containsExactly("p-1 EU 1000000.00", "p-1 JP 7200000.00", "p-2 EU 1000000.00");
        assertThat(AgreementPool.spent(allocated)).isEqualByComparingTo("9200000.00");
        assertThat(allocated.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.side()).isEqualTo("JP");
            assertThat(s.missing().amount()).as("500,000,001 JPY asked, 600,000.00 EUR left = 100,000,000 JPY")
                    .isEqualByComparingTo("400000001");
        });
    }

    @Test
    void aMixedAgreementPaysFromTheSidesOwnMoneyFirstThenFromThePool() {
        Agreement secured = stored(opened().chooseMechanism(FundingMechanism.MIXED, "EUR", 50, "EU", "REA", CONTEXT)
                .chooseMechanism(FundingMechanism.MIXED, "EUR", 50, "JP", "JST", CONTEXT)
                .commit(euPledge("5000000.00"), CONTEXT).commit(jpPledge("c-jp", "800000000", JPY_IN_EUR), CONTEXT));

        Agreement allocated = secured.allocate(new Results(List.of(
                proposal("p-1", 1, "EU:TU Delft:3000000.00", "JP:Kyoto:500000000")), List.of()), CONTEXT);

        assertThat(allocated.grants()).extracting(g -> g.side() + " own " + g.own().toPlainString() + " pool "
                + g.pooledCost().toPlainString())
                .containsExactly("EU own 2500000.00 pool 500000.00", "JP own 400000000 pool 600000.00");
        assertThat(events(allocated, GrantAllocated.class)).extracting(g -> g.getAmount().getAmount())
                .as("partners get what they asked, in their side's currency").containsExactly("3000000.00", "500000000");
        assertThat(AgreementPool.contribution(allocated, "EU").add(AgreementPool.contribution(allocated, "JP")))
                .isEqualByComparingTo("4900000.00");
    }

    private static Agreement realPot() {
        return stored(opened().chooseMechanism(FundingMechanism.REAL_COMMON_POT, "EUR", null, "EU", "REA", CONTEXT)
                .chooseMechanism(FundingMechanism.REAL_COMMON_POT, "EUR", null, "JP", "JST", CONTEXT));
    }

    private static Commitment euPledge(String amount) {
        return new Commitment("c-eu", "EU", "REA", eur(amount), TODAY, BigDecimal.ONE);
    }

    private static Commitment amedPledge(String id, BigDecimal rate) {
        return new Commitment(id, "JP", "AMED", jpy("100"), TODAY, rate);
    }

    private static Commitment jpPledge(String id, String amount, BigDecimal rate) {
        return new Commitment(id, "JP", "JST", jpy(amount), TODAY, rate);
    }
}

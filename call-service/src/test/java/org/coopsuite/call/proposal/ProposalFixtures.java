package org.coopsuite.call.proposal;

import java.math.BigDecimal;
import java.util.List;

import org.coopsuite.call.call.CallFixtures;
import org.coopsuite.call.call.Expert;
import org.coopsuite.call.call.Panel;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.schemas.call.PartnerRole;

/** Small consortia and proposals, for the domain tests. */
final class ProposalFixtures {

    private ProposalFixtures() {
    }

    static Partner coordinator(String side, String amount) {
        return new Partner("Coordinator " + side, side, PartnerRole.COORDINATOR, false, money(side, amount));
    }

    static Partner partner(String side, String amount) {
        return new Partner("Partner " + side, side, PartnerRole.PARTNER, false, money(side, amount));
    }

    static Partner selfFunded(String side) {
        return new Partner("Self-funded " + side, side, PartnerRole.PARTNER, true, null);
    }

    static SubmitProposal proposal(Partner... consortium) {
        return new SubmitProposal("call-1", "HEAT", "Urban heat islands", List.of(consortium),
                "Data in an open repository.", List.of());
    }

    static Money money(String side, String amount) {
        return new Money(new BigDecimal(amount), side.equals("EU") ? "EUR" : side.equals("JP") ? "JPY" : "KRW");
    }

    static Scores scores(String excellence, String impact, String implementation) {
        return new Scores(new BigDecimal(excellence), new BigDecimal(impact), new BigDecimal(implementation));
    }

    /** A panel of one expert, one evaluation per proposal, thresholds 3 and 10. */
    static final Panel ONE_EXPERT = new Panel(List.of(new Expert("expert-eu", "EU", "KU Leuven")), 1,
            new BigDecimal("3"), BigDecimal.TEN);

    /** A submitted proposal evaluated by {@link #ONE_EXPERT}: assigned, evaluated, its consensus these scores. */
    static Proposal evaluated(Proposal submitted, Scores agreed) {
        EventContext context = CallFixtures.CONTEXT;
        return submitted.assign(ONE_EXPERT, "expert-eu", true, context)
                .submitEvaluation(ONE_EXPERT, "expert-eu", agreed, "Assessed.", context)
                .writeConsensus(ONE_EXPERT, "expert-eu", agreed, "Agreed.", context);
    }
}

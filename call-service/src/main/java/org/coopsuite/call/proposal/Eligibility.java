package org.coopsuite.call.proposal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coopsuite.call.call.EligibilityRules;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.schemas.common.CallModality;

/**
 * The eligibility rules of a call applied to a proposal: a pure function of the two, giving each
 * rule the proposal fails in words (none: eligible). An ineligible proposal is still stored.
 */
final class Eligibility {

    private Eligibility() {
    }

    public static List<String> reasons(SubmitProposal proposal, CallModality modality, List<String> sides,
            EligibilityRules rules) {
        List<String> reasons = new ArrayList<>();
        Map<String, Long> fundedPerSide = proposal.consortium().stream().filter(Partner::funded)
                .collect(Collectors.groupingBy(Partner::side, Collectors.counting()));
        for (String side : sides) {
            long funded = fundedPerSide.getOrDefault(side, 0L);
            if (funded < rules.minimumPartnersPerSide()) {
                reasons.add("needs at least " + rules.minimumPartnersPerSide() + " funded partner(s) from " + side
                        + ", has " + funded);
            }
        }
        fundedPerSide.keySet().stream().filter(side -> !sides.contains(side)).sorted().forEach(side -> reasons
                .add("partners from " + side + ", which does not fund the call, must be self-funded"));
        checkCaps(proposal, rules, reasons);
        if (rules.openAccessStatementRequired() && blank(proposal.openAccessStatement())) {
            reasons.add("the call requires a data-management / open-access statement");
        }
        if (!rules.selfFundedPartnersAdmitted() && proposal.consortium().stream().anyMatch(Partner::selfFunded)) {
            reasons.add("the call admits no self-funded partners");
        }
        if (modality == CallModality.TWINNING && !twinsTwoSides(proposal, sides)) {
            reasons.add("a twinning proposal links two existing projects of two participating sides");
        }
        return reasons;
    }

    /** Sum of the funded partners' requests per side, in each side's currency. */
    public static Map<String, Money> requestedPerSide(List<Partner> consortium) {
        Map<String, Money> perSide = new java.util.TreeMap<>();
        consortium.stream().filter(Partner::funded).forEach(p -> perSide.merge(p.side(), p.requested(),
                (a, b) -> new Money(a.amount().add(b.amount()), a.currency())));
        return perSide;
    }

    private static void checkCaps(SubmitProposal proposal, EligibilityRules rules, List<String> reasons) {
        requestedPerSide(proposal.consortium()).forEach((side, requested) -> {
            Money cap = rules.requestCaps().get(side);
            if (cap != null && requested.amount().compareTo(cap.amount()) > 0) {
                reasons.add("requests " + plain(requested.amount()) + " " + requested.currency() + " from " + side
                        + ", over its cap of " + plain(cap.amount()));
            }
        });
    }

    private static boolean twinsTwoSides(SubmitProposal proposal, List<String> sides) {
        List<String> twinned = proposal.twinnedProjects().stream().map(TwinnedProject::side).distinct().toList();
        return proposal.twinnedProjects().size() == 2 && twinned.size() == 2 && sides.containsAll(twinned);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String plain(BigDecimal amount) {
        return amount.toPlainString();
    }
}

package org.coopsuite.tools.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.coopsuite.tools.audit.FundingFacts.Agreement;
import org.coopsuite.tools.audit.FundingFacts.Ranked;

/**
 * The grants against the call's results and the sides' money: at most one grant per proposal and
 * side (a second is a duplicate effect); each grant is of a selected proposal (or a reserve one,
 * marked so) and equals that side's request; once allocated, each selected proposal's positive
 * request of a side is granted or short; and where each side funds only its own partners
 * (VIRTUAL_COMMON_POT), a side's grants stay within what it committed. Under a pooled mechanism
 * a side's partners are paid from the pool, so that last check does not apply.
 */
final class GrantChecks {

    static final String GRANTS = "grants";

    private GrantChecks() {
    }

    static List<Violation> of(List<LoggedEvent> log) {
        FundingFacts facts = FundingFacts.of(log);
        List<Violation> violations = new ArrayList<>();
        for (Agreement agreement : facts.agreements.values()) {
            String name = "Agreement " + agreement.id;
            Map<String, Ranked> results = facts.results.getOrDefault(agreement.callId, Map.of());
            agreement.grants.forEach((key, grants) -> {
                if (grants.size() > 1) {
                    violations.add(new Violation(GRANTS, name, "proposal and side " + key + " granted " + grants.size()
                            + " times (once expected)", grants));
                }
                violations.addAll(matchesResults(name, grants.get(0), results));
            });
            if (agreement.allocated) {
                results.values().stream().filter(r -> !r.reserve()).forEach(ranked -> ranked.requested().forEach(
                        (side, money) -> {
                            String key = FundingFacts.grantKey(ranked.proposalId(), side);
                            if (FundingFacts.amount(money).signum() > 0 && !agreement.grants.containsKey(key)
                                    && !agreement.shortfalls.containsKey(key)) {
                                violations.add(new Violation(GRANTS, name, "selected proposal " + ranked.proposalId()
                                        + " is neither granted nor short for " + side, List.of(ranked.results())));
                            }
                        }));
            }
            if (agreement.mechanism == FundingMechanism.VIRTUAL_COMMON_POT) {
                agreement.granted.forEach((side, granted) -> {
                    BigDecimal committed = agreement.committed.getOrDefault(side, BigDecimal.ZERO);
                    if (granted.compareTo(committed) > 0) {
                        violations.add(new Violation(GRANTS, name, side + " granted " + granted.toPlainString()
                                + ", more than it committed (" + committed.toPlainString() + ")", agreement.events.stream()
                                .filter(e -> e.event() instanceof GrantAllocated g && g.getSide().equals(side)).toList()));
                    }
                });
            }
        }
        return violations;
    }

    private static List<Violation> matchesResults(String name, LoggedEvent logged, Map<String, Ranked> results) {
        GrantAllocated grant = (GrantAllocated) logged.event();
        Ranked ranked = results.get(grant.getProposalId());
        if (ranked == null) {
            return List.of(new Violation(GRANTS, name, "proposal " + grant.getProposalId()
                    + " granted but neither selected nor on the reserve list of its call's results", List.of(logged)));
        }
        if (ranked.reserve() != grant.getFromReserve()) {
            return List.of(new Violation(GRANTS, name, "proposal " + grant.getProposalId() + " granted "
                    + (grant.getFromReserve() ? "from the reserve" : "as selected") + ", but the results have it "
                    + (ranked.reserve() ? "on the reserve list" : "selected"), List.of(ranked.results(), logged)));
        }
        Money requested = ranked.requested().get(grant.getSide());
        if (requested == null || !requested.getCurrency().equals(grant.getAmount().getCurrency())
                || FundingFacts.amount(requested).compareTo(FundingFacts.amount(grant.getAmount())) != 0) {
            return List.of(new Violation(GRANTS, name, "proposal " + grant.getProposalId() + " granted "
                    + money(grant.getAmount()) + " for " + grant.getSide() + ", but it requested "
                    + (requested == null ? "nothing" : money(requested)), List.of(ranked.results(), logged)));
        }
        return List.of();
    }

    private static String money(Money money) {
        return money.getAmount() + " " + money.getCurrency();
    }
}

package org.coopsuite.tools.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopsuite.schemas.call.CallReserveExtended;
import org.coopsuite.schemas.call.CallResultsPublished;
import org.coopsuite.schemas.call.RankedProposal;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.funding.AgreementOpened;
import org.coopsuite.schemas.funding.AllocationCompleted;
import org.coopsuite.schemas.funding.FundingCommitted;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingMechanismChosen;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.coopsuite.schemas.funding.FundingWithdrawn;
import org.coopsuite.schemas.funding.GrantAllocated;

/**
 * What the events say of each agreement: its call, mechanism, what each side committed (the sum of
 * its commitments, top-ups and withdrawals), its grants and shortfalls, and the call's published
 * results. Each event counts once by its event id, as the projections count it.
 */
final class FundingFacts {

    /** One agreement's facts. */
    static final class Agreement {
        final String id;
        String callId;
        FundingMechanism mechanism = FundingMechanism.VIRTUAL_COMMON_POT;
        boolean allocated;
        final Map<String, BigDecimal> committed = new LinkedHashMap<>();
        final Map<String, BigDecimal> granted = new LinkedHashMap<>();
        final Map<String, List<LoggedEvent>> grants = new LinkedHashMap<>();
        final Map<String, LoggedEvent> shortfalls = new LinkedHashMap<>();
        final List<LoggedEvent> events = new ArrayList<>();

        Agreement(String id) {
            this.id = id;
        }
    }

    /** A selected or reserve proposal of a call's results: its request per side. */
    record Ranked(String proposalId, boolean reserve, Map<String, Money> requested, LoggedEvent results) {
    }

    final Map<String, Agreement> agreements = new LinkedHashMap<>();
    /** By call id, then proposal id. */
    final Map<String, Map<String, Ranked>> results = new LinkedHashMap<>();

    static FundingFacts of(List<LoggedEvent> log) {
        FundingFacts facts = new FundingFacts();
        Set<String> seen = new HashSet<>();
        log.stream().filter(e -> seen.add(e.eventId())).forEach(facts::add);
        return facts;
    }

    /** The key of one grant: proposal and side. */
    static String grantKey(String proposalId, String side) {
        return proposalId + " " + side;
    }

    private void add(LoggedEvent logged) {
        if (logged.event() instanceof CallResultsPublished published) {
            Map<String, Ranked> ranked = new LinkedHashMap<>();
            published.getSelected().forEach(p -> ranked.put(p.getProposalId(), ranked(p, false, logged)));
            published.getReserve().forEach(p -> ranked.put(p.getProposalId(), ranked(p, true, logged)));
            results.put(published.getCallId(), ranked);
        } else if (logged.event() instanceof CallReserveExtended extended) {
            // a proposal re-evaluated after an upheld redress joins the published reserve list
            results.computeIfAbsent(extended.getCallId(), call -> new LinkedHashMap<>())
                    .put(extended.getProposal().getProposalId(), ranked(extended.getProposal(), true, logged));
        } else if (logged.event() instanceof AgreementOpened opened) {
            Agreement agreement = agreement(opened.getAgreementId(), logged);
            agreement.callId = opened.getCallId();
            agreement.mechanism = opened.getMechanism();
            opened.getParticipatingSides().forEach(side -> agreement.committed.putIfAbsent(side, BigDecimal.ZERO));
        } else if (logged.event() instanceof FundingMechanismChosen chosen) {
            agreement(chosen.getAgreementId(), logged).mechanism = chosen.getMechanism();
        } else if (logged.event() instanceof FundingCommitted committed) {
            add(agreement(committed.getAgreementId(), logged).committed, committed.getSide(), amount(committed.getAmount()));
        } else if (logged.event() instanceof FundingToppedUp toppedUp) {
            add(agreement(toppedUp.getAgreementId(), logged).committed, toppedUp.getSide(), amount(toppedUp.getAdded()));
        } else if (logged.event() instanceof FundingWithdrawn withdrawn) {
            add(agreement(withdrawn.getAgreementId(), logged).committed, withdrawn.getSide(),
                    amount(withdrawn.getWithdrawn()).negate());
        } else if (logged.event() instanceof GrantAllocated grant) {
            Agreement agreement = agreement(grant.getAgreementId(), logged);
            add(agreement.granted, grant.getSide(), amount(grant.getAmount()));
            agreement.grants.computeIfAbsent(grantKey(grant.getProposalId(), grant.getSide()), k -> new ArrayList<>())
                    .add(logged);
        } else if (logged.event() instanceof FundingShortfallDetected shortfall) {
            agreement(shortfall.getAgreementId(), logged).shortfalls
                    .putIfAbsent(grantKey(shortfall.getProposalId(), shortfall.getSide()), logged);
        } else if (logged.event() instanceof AllocationCompleted completed) {
            agreement(completed.getAgreementId(), logged).allocated = true;
        } else if (logged.meta().getAggregateType().equals("Agreement")) {
            agreement(logged.meta().getAggregateId(), logged);
        }
    }

    private Agreement agreement(String id, LoggedEvent logged) {
        Agreement agreement = agreements.computeIfAbsent(id, Agreement::new);
        agreement.events.add(logged);
        return agreement;
    }

    private static Ranked ranked(RankedProposal proposal, boolean reserve, LoggedEvent results) {
        Map<String, Money> requested = new LinkedHashMap<>();
        for (SideAmount side : proposal.getRequestedPerSide()) {
            requested.put(side.getSide(), side.getAmount());
        }
        return new Ranked(proposal.getProposalId(), reserve, requested, results);
    }

    private static void add(Map<String, BigDecimal> totals, String side, BigDecimal amount) {
        totals.merge(side, amount, BigDecimal::add);
    }

    static BigDecimal amount(Money money) {
        return new BigDecimal(money.getAmount());
    }
}

package org.coopsuite.tools.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.coopsuite.schemas.funding.GrantAllocated;
import org.coopsuite.tools.audit.FundingFacts.Agreement;
import org.coopsuite.tools.suite.ParkedSequences;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.ServiceApi.Answer;
import org.coopsuite.tools.suite.SuiteOptions;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;

/**
 * The checks that ask the services' query APIs: every aggregate of the log is in its owner's store
 * at the version of its last event; each call's state, in call-service and in the other two
 * services' views, is what its events say; each agreement's grants in funding-service's store are
 * its {@code GrantAllocated} events; the ledger's committed and allocated amounts per agreement
 * and side are the sums of the funding events; and no service has a parked sequence.
 */
final class StoreChecks {

    static final String STORE = "owner-store";
    static final String VIEWS = "projections";
    static final String LEDGER = "ledger";
    static final String PARKED = "parked";

    /** Where each owned aggregate type is asked for, by its owner. */
    private static final Map<String, String[]> OWNERS = Map.of(
            "Call", new String[] {SuiteOptions.CALL, "/api/calls/"},
            "Proposal", new String[] {SuiteOptions.CALL, "/api/proposals/"},
            "Agreement", new String[] {SuiteOptions.FUNDING, "/api/agreements/"},
            "Dialogue", new String[] {SuiteOptions.DIALOGUE, "/api/dialogues/"});

    private final ServiceApi api;
    private final SuiteOptions suite;
    private final Bearer bearer;

    StoreChecks(ServiceApi api, SuiteOptions suite, Bearer bearer) {
        this.api = api;
        this.suite = suite;
        this.bearer = bearer;
    }

    List<Violation> all(List<LoggedEvent> log) throws InterruptedException {
        List<Violation> violations = new ArrayList<>();
        Map<String, List<LoggedEvent>> aggregates = LogChecks.byAggregate(log);
        FundingFacts funding = FundingFacts.of(log);
        for (LoggedEvent last : Expected.lastEvents(log).values()) {
            String type = last.meta().getAggregateType();
            String[] owner = OWNERS.get(type);
            if (owner == null) {
                continue;
            }
            String id = last.meta().getAggregateId();
            Optional<JsonNode> stored = owned(violations, last, suite.service(owner[0]), owner[1] + id);
            if (type.equals("Call")) {
                List<LoggedEvent> events = aggregates.get(last.aggregate());
                Optional<String> state = Expected.callState(events);
                stored.ifPresent(call -> state(violations, last, SuiteOptions.CALL, call, state));
                for (String viewer : List.of(SuiteOptions.FUNDING, SuiteOptions.DIALOGUE)) {
                    view(violations, last, viewer, state);
                }
            } else if (type.equals("Agreement") && funding.agreements.containsKey(id)) {
                stored.ifPresent(agreement -> grants(violations, funding.agreements.get(id), agreement));
            }
        }
        violations.addAll(ledger(funding));
        violations.addAll(parked());
        return violations;
    }

    private Optional<JsonNode> owned(List<Violation> violations, LoggedEvent last, Service owner, String path)
            throws InterruptedException {
        Answer answer = api.get(owner.apiUrl() + path, bearer.token());
        if (answer.status() == 404) {
            violations.add(new Violation(STORE, last.aggregate(), "not in " + owner.name()
                    + "'s store (404), though its events are on the topic: an acknowledged write lost", List.of(last)));
            return Optional.empty();
        }
        Optional<JsonNode> body = answer.ok() ? answer.json() : Optional.empty();
        if (body.isEmpty()) {
            violations.add(new Violation(STORE, last.aggregate(), owner.name() + " could not be asked: "
                    + answer.failure(), List.of(last)));
            return Optional.empty();
        }
        long version = body.get().path("version").asLong(-1);
        if (version != last.version()) {
            violations.add(new Violation(STORE, last.aggregate(), owner.name() + " holds version " + version
                    + ", its last event is version " + last.version()
                    + (version < last.version() ? " (a write lost)" : " (an event not published)"), List.of(last)));
        }
        return body;
    }

    private static void state(List<Violation> violations, LoggedEvent last, String service, JsonNode call,
            Optional<String> expected) {
        String state = call.path("state").asText("");
        if (expected.isPresent() && !expected.get().equals(state)) {
            violations.add(new Violation(VIEWS, last.aggregate(), service + " shows state " + state
                    + ", its events say " + expected.get(), List.of(last)));
        }
    }

    private void view(List<Violation> violations, LoggedEvent last, String viewer, Optional<String> expected)
            throws InterruptedException {
        Service service = suite.service(viewer);
        Answer answer = api.get(service.apiUrl() + "/api/calls/" + last.meta().getAggregateId(), bearer.token());
        Optional<JsonNode> body = answer.ok() ? answer.json() : Optional.empty();
        if (body.isEmpty()) {
            violations.add(new Violation(VIEWS, last.aggregate(), viewer + "'s view of it: " + (answer.status() == 404
                    ? "none (404)" : answer.failure()), List.of(last)));
            return;
        }
        state(violations, last, viewer + "'s view", body.get(), expected);
    }

    private static void grants(List<Violation> violations, Agreement agreement, JsonNode stored) {
        TreeSet<String> fromEvents = new TreeSet<>();
        agreement.grants.values().forEach(grants -> grants.forEach(logged -> {
            GrantAllocated grant = (GrantAllocated) logged.event();
            fromEvents.add(grantText(grant.getProposalId(), grant.getSide(), grant.getAmount().getAmount(),
                    grant.getAmount().getCurrency()));
        }));
        TreeSet<String> inStore = new TreeSet<>();
        stored.path("grants").forEach(g -> inStore.add(grantText(g.path("proposalId").asText(), g.path("side").asText(),
                g.path("amount").path("amount").asText(), g.path("amount").path("currency").asText())));
        if (!fromEvents.equals(inStore)) {
            violations.add(new Violation(STORE, "Agreement " + agreement.id, "funding-service holds the grants " + inStore
                    + ", its events say " + fromEvents, agreement.grants.values().stream().flatMap(List::stream).toList()));
        }
    }

    private static String grantText(String proposalId, String side, String amount, String currency) {
        return proposalId + " " + side + " " + new BigDecimal(amount).stripTrailingZeros().toPlainString() + " " + currency;
    }

    /** Each ledger entry's committed and allocated amounts against the events' sums. */
    private List<Violation> ledger(FundingFacts funding) throws InterruptedException {
        List<Violation> violations = new ArrayList<>();
        Map<String, JsonNode> entries = new HashMap<>();
        Service service = suite.service(SuiteOptions.FUNDING);
        for (int page = 0, pages = 1; page < pages; page++) {
            Answer answer = api.get(service.apiUrl() + "/api/ledger?size=100&page=" + page, bearer.token());
            Optional<JsonNode> body = answer.ok() ? answer.json() : Optional.empty();
            if (body.isEmpty()) {
                return List.of(Violation.of(LEDGER, "the ledger", "funding-service could not be asked: " + answer.failure()));
            }
            pages = body.get().path("totalPages").asInt(0);
            body.get().path("items").forEach(e -> entries.put(e.path("agreementId").asText() + " " + e.path("side").asText(), e));
        }
        for (Agreement agreement : funding.agreements.values()) {
            agreement.committed.forEach((side, committed) -> {
                JsonNode entry = entries.get(agreement.id + " " + side);
                BigDecimal allocated = agreement.granted.getOrDefault(side, BigDecimal.ZERO);
                if (entry == null) {
                    violations.add(new Violation(LEDGER, "Agreement " + agreement.id, "no ledger entry for " + side,
                            agreement.events));
                } else if (differs(entry, "committed", committed) || differs(entry, "allocated", allocated)) {
                    violations.add(new Violation(LEDGER, "Agreement " + agreement.id, side + ": the ledger shows committed "
                            + entry.path("amounts").path("committed").asText() + ", allocated "
                            + entry.path("amounts").path("allocated").asText() + "; its events say "
                            + committed.toPlainString() + ", " + allocated.toPlainString(), agreement.events));
                }
            });
        }
        return violations;
    }

    private static boolean differs(JsonNode entry, String field, BigDecimal expected) {
        String shown = entry.path("amounts").path(field).asText("");
        return shown.isEmpty() || new BigDecimal(shown).compareTo(expected) != 0;
    }

    private List<Violation> parked() throws InterruptedException {
        List<Violation> violations = new ArrayList<>();
        ParkedSequences parked = new ParkedSequences(api);
        for (Service service : suite.services()) {
            ParkedSequences.Parked count = parked.count(service, bearer);
            if (count.problem()) {
                violations.add(Violation.of(PARKED, service.name(), count.count() != null ? count.count()
                        + " parked sequence(s): ./coop dlq list --service " + service.name() : count.note()));
            }
        }
        return violations;
    }
}

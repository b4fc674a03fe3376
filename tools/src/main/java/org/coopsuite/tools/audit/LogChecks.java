package org.coopsuite.tools.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.funding.AgreementOpened;

/**
 * The checks the topics alone decide, on the events as read: each aggregate's versions are 1..n
 * without gap, with one event id per version (the same event twice is the relay publishing it
 * again, which consumers skip: counted, not a violation); every call submitted for funding has
 * exactly one agreement; and the grants ({@link GrantChecks}).
 */
final class LogChecks {

    static final String VERSIONS = "versions";
    static final String AGREEMENT = "one-agreement-per-call";

    private LogChecks() {
    }

    /** Every violation the log shows. */
    static List<Violation> all(List<LoggedEvent> log) {
        List<Violation> violations = new ArrayList<>(versions(log));
        violations.addAll(agreements(log));
        violations.addAll(GrantChecks.of(log));
        return violations;
    }

    /** The events of each aggregate, in the order the log holds them, aggregates in first-seen order. */
    static Map<String, List<LoggedEvent>> byAggregate(List<LoggedEvent> log) {
        Map<String, List<LoggedEvent>> aggregates = new LinkedHashMap<>();
        log.forEach(event -> aggregates.computeIfAbsent(event.aggregate(), a -> new ArrayList<>()).add(event));
        return aggregates;
    }

    /** How many records repeat an event already in the log (same event id): the relay's at-least-once. */
    static long republished(List<LoggedEvent> log) {
        return log.size() - log.stream().map(LoggedEvent::eventId).distinct().count();
    }

    static List<Violation> versions(List<LoggedEvent> log) {
        List<Violation> violations = new ArrayList<>();
        byAggregate(log).forEach((aggregate, events) -> {
            Map<Long, Map<String, LoggedEvent>> byVersion = new TreeMap<>();
            events.forEach(e -> byVersion.computeIfAbsent(e.version(), v -> new LinkedHashMap<>()).putIfAbsent(e.eventId(), e));
            byVersion.forEach((version, ids) -> {
                if (ids.size() > 1) {
                    violations.add(new Violation(VERSIONS, aggregate, "version " + version + " has " + ids.size()
                            + " different events (one event id per version)", List.copyOf(ids.values())));
                }
            });
            long expected = 1;
            LoggedEvent before = null;
            for (Map.Entry<Long, Map<String, LoggedEvent>> entry : byVersion.entrySet()) {
                long version = entry.getKey();
                LoggedEvent first = entry.getValue().values().iterator().next();
                if (version != expected) {
                    String missing = version - 1 == expected ? "version " + expected
                            : "versions " + expected + ".." + (version - 1);
                    List<LoggedEvent> around = before == null ? List.of(first) : List.of(before, first);
                    violations.add(new Violation(VERSIONS, aggregate, missing + " missing (a gap before version "
                            + version + ")", around));
                }
                expected = version + 1;
                before = first;
            }
        });
        return violations;
    }

    static List<Violation> agreements(List<LoggedEvent> log) {
        Map<String, LoggedEvent> submitted = new LinkedHashMap<>();
        Map<String, Map<String, LoggedEvent>> opened = new LinkedHashMap<>();
        for (LoggedEvent event : log) {
            if (event.event() instanceof CallSubmittedForFunding call) {
                submitted.putIfAbsent(call.getCallId(), event);
            } else if (event.event() instanceof AgreementOpened agreement) {
                opened.computeIfAbsent(agreement.getCallId(), c -> new LinkedHashMap<>())
                        .putIfAbsent(agreement.getAgreementId(), event);
            }
        }
        List<Violation> violations = new ArrayList<>();
        submitted.forEach((callId, event) -> {
            Map<String, LoggedEvent> agreements = opened.getOrDefault(callId, Map.of());
            if (agreements.size() != 1) {
                List<LoggedEvent> involved = new ArrayList<>(List.of(event));
                involved.addAll(agreements.values());
                violations.add(new Violation(AGREEMENT, "Call " + callId, "submitted for funding, but "
                        + agreements.size() + " agreements opened for it (exactly one expected)", involved));
            }
        });
        opened.forEach((callId, agreements) -> {
            if (!submitted.containsKey(callId)) {
                violations.add(new Violation(AGREEMENT, "Call " + callId,
                        "an agreement was opened for a call never submitted for funding", List.copyOf(agreements.values())));
            }
        });
        return violations;
    }
}

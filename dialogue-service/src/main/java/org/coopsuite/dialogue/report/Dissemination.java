package org.coopsuite.dialogue.report;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.dialogue.overview.CallOverview;
import org.coopsuite.dialogue.overview.CallOverviews;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.reference.ReferenceData;
import org.springframework.stereotype.Service;

/** Draws up the dissemination report of a strategic area and period from the call overviews. */
@Service
public class Dissemination {

    private final CallOverviews calls;
    private final ReferenceData reference;

    public Dissemination(CallOverviews calls, ReferenceData reference) {
        this.calls = calls;
        this.reference = reference;
    }

    /** The calls of the area whose results were published from {@code from} to {@code to}, both included. */
    public DisseminationReport report(String area, LocalDate from, LocalDate to) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(reference.isStrategicArea(area), "area", "unknown strategic area; known: " + reference.strategicAreas());
        errors.check(!to.isBefore(from), "to", "must not be before from");
        errors.throwIfAny();
        List<CallOverview> reported = calls.inArea(area).stream()
                .filter(call -> call.getResultsPublishedOn() != null && !call.getResultsPublishedOn().isBefore(from)
                        && !call.getResultsPublishedOn().isAfter(to))
                .sorted(Comparator.comparing(CallOverview::getResultsPublishedOn).thenComparing(CallOverview::getId))
                .toList();
        return new DisseminationReport(area, from, to, reported.stream().map(Dissemination::reported).toList(),
                sum(reported, false), sum(reported, true));
    }

    private static DisseminationReport.ReportedCall reported(CallOverview call) {
        return new DisseminationReport.ReportedCall(call.getId(), call.getTitle(), call.getParticipatingSides(),
                call.getClimateCoefficient(), call.getResultsPublishedOn(), call.getSelected(), call.fundedProjects(),
                call.getAllocated());
    }

    /** Per side, each in its own currency; never across currencies. */
    private static Map<String, Money> sum(List<CallOverview> reported, boolean climateOnly) {
        Map<String, Money> totals = new TreeMap<>();
        for (CallOverview call : reported) {
            call.getAllocated().forEach((side, amount) -> totals.merge(side,
                    climateOnly ? call.climateRelevant(side) : amount, Dissemination::add));
        }
        return totals;
    }

    private static Money add(Money a, Money b) {
        if (!a.currency().equals(b.currency())) {
            throw new IllegalStateException("Cannot add " + a.currency() + " and " + b.currency() + " of one side");
        }
        return new Money(a.amount().add(b.amount()), a.currency());
    }
}

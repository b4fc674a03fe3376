package org.coopsuite.dialogue.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.dialogue.overview.CallOverview.SelectedProject;
import org.coopsuite.platform.domain.Money;

/**
 * What the cooperation achieved in one strategic area over a period, to disseminate (e.g. the
 * climate results for a COP): the calls whose results were published in the period, their selected
 * projects with their open-access statements, and the money allocated per side with its
 * climate-relevant part.
 */
public record DisseminationReport(String area, LocalDate from, LocalDate to, List<ReportedCall> calls,
        Map<String, Money> allocated, Map<String, Money> climateRelevant) {

    /**
     * A call of the report.
     *
     * @param funded the projects granted money (selected, or from the reserve after a top-up), from
     *        the grants: what the allocated totals paid for
     */
    public record ReportedCall(String callId, String title, List<String> participatingSides, int climateCoefficient,
            LocalDate resultsPublishedOn, List<SelectedProject> selected, List<SelectedProject> funded,
            Map<String, Money> allocated) {
    }

    /** The selected projects of all the calls, with their statements, in report order. */
    public List<SelectedProject> projects() {
        return calls.stream().flatMap(call -> call.selected().stream()).toList();
    }

    /** The funded projects of all the calls, from the grants, in report order. */
    public List<SelectedProject> fundedProjects() {
        return calls.stream().flatMap(call -> call.funded().stream()).toList();
    }
}

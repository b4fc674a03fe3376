package org.coopsuite.dialogue.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.dialogue.report.Dissemination;
import org.coopsuite.dialogue.overview.CallOverview.SelectedProject;
import org.coopsuite.dialogue.report.DisseminationMarkdown;
import org.coopsuite.dialogue.report.DisseminationReport;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.reference.ReferenceData;
import org.junit.jupiter.api.Test;

/** The report takes the calls of the area whose results fall in the period, and reads as Markdown. */
class DisseminationTest {

    private static final ReferenceData REFERENCE = new ReferenceData(Map.of(
            "EU", new ReferenceData.Side("European Commission", "Horizon Europe", "EUR", List.of("REA")),
            "JP", new ReferenceData.Side("Government of Japan", "Moonshot", "JPY", List.of("JST"))),
            List.of("CLIMATE_CHANGE", "SMART_CITIES"));

    private final CallOverview september = call("call-1", "2026-09-15T10:00:00Z");
    private final CallOverview november = call("call-2", "2026-11-10T10:00:00Z");
    private final Dissemination dissemination = new Dissemination(new CallOverviews() {
        @Override
        public List<CallOverview> all() {
            return List.of(september, november);
        }

        @Override
        public List<CallOverview> inArea(String area) {
            return all().stream().filter(c -> c.getStrategicAreas().contains(area)).toList();
        }
    }, REFERENCE);

    @Test
    void reportsOnlyTheCallsWhoseResultsFallInThePeriodWithMoneyPerSide() {
        DisseminationReport report = dissemination.report("CLIMATE_CHANGE", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

        assertThat(report.calls()).extracting(DisseminationReport.ReportedCall::callId).containsExactly("call-2");
        assertThat(report.allocated().get("JP").amount()).isEqualByComparingTo("150000000");
        assertThat(report.climateRelevant().get("EU").amount()).isEqualByComparingTo("480000");
        assertThat(dissemination.report("SMART_CITIES", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).calls()).isEmpty();
    }

    @Test
    void refusesAnUnknownAreaAndAPeriodEndingBeforeItStarts() {
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class,
                () -> dissemination.report("ATLANTIS", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)));

        assertThat(refused.fieldErrors()).containsOnlyKeys("area", "to");
    }

    @Test
    void writesAReadableDocumentThatKeepsMarkdownOutOfTheData() {
        String markdown = DisseminationMarkdown.render(dissemination.report("CLIMATE_CHANGE", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)));

        assertThat(markdown).startsWith("# Results in CLIMATE_CHANGE, 2026-01-01 to 2026-12-31")
                .contains("2 call(s) published results; 4 project(s) selected, 4 funded.")
                .contains("| EU | 2400000.00 EUR | 960000.0000 EUR |").contains("**HEAT\\*SHIELD**")
                .contains("Open access: Data in Zenodo under CC-BY 4.0");
    }

    @Test
    void countsTheFundedProjectsFromTheGrantsAReserveOneFundedByATopUpIncludedASelectedOneWithoutAGrantNot() {
        DisseminationReport report = dissemination.report("CLIMATE_CHANGE", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 30));

        assertThat(report.projects()).extracting(SelectedProject::proposalId).containsExactly("p-1", "p-2");
        assertThat(report.fundedProjects()).extracting(SelectedProject::proposalId).containsExactly("p-1", "p-3");
    }

    /** Each call selects p-1 and p-2 with p-3 in reserve; p-1 is granted, p-2 is short, p-3 funded from the reserve. */
    private static CallOverview call(String id, String resultsAt) {
        OverviewEvents events = new OverviewEvents(id, Instant.parse(resultsAt));
        OverviewProjection projection = new CallOverviewProjection();
        CallOverview view = projection.newView(id);
        for (SpecificRecord event : List.<SpecificRecord>of(events.drafted(),
                events.results(List.of("p-1", "p-2"), List.of("p-3")),
                events.allocated(5, "p-1", "EU", "1200000.00", "EUR"), events.allocated(6, "p-1", "JP", "150000000", "JPY"),
                events.shortfall(7, "sf-p-2"), events.allocatedFromReserve(8, "p-3", "EU", "0.00", "EUR"))) {
            projection.apply(view, event);
        }
        return view;
    }
}

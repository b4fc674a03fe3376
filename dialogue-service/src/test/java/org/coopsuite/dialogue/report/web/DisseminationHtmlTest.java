package org.coopsuite.dialogue.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.dialogue.overview.CallOverview.SelectedProject;
import org.coopsuite.dialogue.report.DisseminationReport;
import org.coopsuite.platform.domain.Money;
import org.junit.jupiter.api.Test;

/** The printable page of a report: the funded projects with their statements, the totals per side, nothing of the data as markup. */
class DisseminationHtmlTest {

    @Test
    void showsTheFundedProjectsTheirOpenAccessStatementsAndTheTotalsPerSideWithTheDataEscaped() {
        SelectedProject heat = new SelectedProject("p-1", "HEAT*SHIELD", "Data in Zenodo under CC-BY 4.0",
                Map.of("EU", eur("1200000.00"), "JP", jpy("150000000")));
        SelectedProject code = new SelectedProject("p-3", "<b>CODE</b>", "Code on <GitHub> & data in Zenodo",
                Map.of("EU", eur("10.00")));
        SelectedProject unfunded = new SelectedProject("p-2", "SHORT", "Nothing", Map.of("EU", eur("1.00")));
        DisseminationReport report = new DisseminationReport("CLIMATE_CHANGE", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of(new DisseminationReport.ReportedCall("call-1", "Resilient cities",
                        List.of("EU", "JP"), 40, LocalDate.of(2026, 9, 15), List.of(heat, unfunded), List.of(heat, code),
                        Map.of("EU", eur("1200010.00")))),
                Map.of("EU", eur("1200010.00")), Map.of("EU", eur("480004.0000")));

        String html = DisseminationHtml.render(report);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>Results in CLIMATE_CHANGE, 2026-01-01 to 2026-12-31</title>")
                .contains("1 call(s) published results; 2 project(s) funded.")
                .contains("<tr><td>EU</td><td class=\"money\">1200010.00 EUR</td><td class=\"money\">480004.0000 EUR</td></tr>")
                .contains("<td>HEAT*SHIELD</td>").contains("EU 1200000.00 EUR, JP 150000000 JPY")
                .contains("Data in Zenodo under CC-BY 4.0").contains("&lt;b&gt;CODE&lt;/b&gt;")
                .contains("Code on &lt;GitHub&gt; &amp; data in Zenodo").doesNotContain("<GitHub>", "<b>", "SHORT", "<script");
    }

    private static Money eur(String amount) {
        return new Money(new BigDecimal(amount), "EUR");
    }

    private static Money jpy(String amount) {
        return new Money(new BigDecimal(amount), "JPY");
    }
}

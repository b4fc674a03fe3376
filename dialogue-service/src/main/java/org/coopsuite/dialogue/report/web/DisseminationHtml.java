package org.coopsuite.dialogue.report.web;

import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.dialogue.overview.CallOverview.SelectedProject;
import org.coopsuite.dialogue.report.DisseminationReport;
import org.coopsuite.platform.domain.Money;
import org.springframework.web.util.HtmlUtils;

/**
 * Writes a dissemination report as one self-contained, printable HTML page (its style inline, no
 * script, nothing fetched): the money per side, then each call with its funded projects and their
 * open-access statements, fit to print for a side event. Every text from another service is escaped.
 */
final class DisseminationHtml {

    private static final String STYLE = "body{font-family:sans-serif;max-width:50em;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #999;padding:.3em .6em}"
            + "td.money{text-align:right}h2{border-bottom:1px solid #999}@media print{body{margin:0}}";

    private DisseminationHtml() {
    }

    static String render(DisseminationReport report) {
        String heading = "Results in " + report.area() + ", " + report.from() + " to " + report.to();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>").append(text(heading)).append("</title><style>").append(STYLE)
                .append("</style></head><body>\n<h1>").append(text(heading)).append("</h1>\n<p>")
                .append(report.calls().size()).append(" call(s) published results; ")
                .append(report.fundedProjects().size()).append(" project(s) funded.</p>\n");
        html.append("<h2>Money allocated per side</h2>\n<table><thead><tr><th>side</th><th>allocated</th>")
                .append("<th>climate-relevant</th></tr></thead><tbody>\n");
        report.allocated().forEach((side, amount) -> html.append("<tr><td>").append(text(side))
                .append("</td><td class=\"money\">").append(money(amount)).append("</td><td class=\"money\">")
                .append(money(report.climateRelevant().get(side))).append("</td></tr>\n"));
        html.append("</tbody></table>\n<h2>Calls</h2>\n");
        report.calls().forEach(call -> call(html, call));
        return html.append("</body></html>\n").toString();
    }

    private static void call(StringBuilder html, DisseminationReport.ReportedCall call) {
        html.append("<section><h3>").append(text(call.title() == null ? call.callId() : call.title()))
                .append("</h3>\n<p>Sides: ").append(text(String.join(", ", call.participatingSides())))
                .append("; results published ").append(call.resultsPublishedOn()).append("; climate coefficient ")
                .append(call.climateCoefficient()).append(" %; ").append(call.funded().size())
                .append(" funded project(s).</p>\n");
        if (!call.funded().isEmpty()) {
            html.append("<table><thead><tr><th>project</th><th>requested per side</th><th>open access</th></tr>")
                    .append("</thead><tbody>\n");
            for (SelectedProject project : call.funded()) {
                html.append("<tr><td>").append(text(project.acronym())).append("</td><td>")
                        .append(perSide(project.requestedPerSide())).append("</td><td>")
                        .append(project.openAccessStatement() == null ? "no statement given"
                                : text(project.openAccessStatement()))
                        .append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        html.append("</section>\n");
    }

    private static String perSide(Map<String, Money> amounts) {
        return String.join(", ", new TreeMap<>(amounts).entrySet().stream()
                .map(e -> text(e.getKey()) + " " + money(e.getValue())).toList());
    }

    private static String money(Money money) {
        return money == null ? "-" : money.amount().toPlainString() + " " + text(money.currency());
    }

    private static String text(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}

package org.coopsuite.dialogue.report;

import java.util.Map;

import org.coopsuite.dialogue.overview.CallOverview.SelectedProject;
import org.coopsuite.platform.domain.Money;

/** Writes a dissemination report as a Markdown document people can read and paste. */
public final class DisseminationMarkdown {

    private DisseminationMarkdown() {
    }

    public static String render(DisseminationReport report) {
        StringBuilder md = new StringBuilder();
        md.append("# Results in ").append(report.area()).append(", ").append(report.from()).append(" to ")
                .append(report.to()).append("\n\n");
        md.append(report.calls().size()).append(" call(s) published results; ").append(report.projects().size())
                .append(" project(s) selected, ").append(report.fundedProjects().size())
                .append(" funded.\n\n## Money allocated per side\n\n");
        md.append("| side | allocated | climate-relevant |\n| --- | ---: | ---: |\n");
        report.allocated().forEach((side, amount) -> md.append("| ").append(side).append(" | ").append(money(amount))
                .append(" | ").append(money(report.climateRelevant().get(side))).append(" |\n"));
        md.append("\n## Calls\n");
        report.calls().forEach(call -> call(md, call));
        return md.toString();
    }

    private static void call(StringBuilder md, DisseminationReport.ReportedCall call) {
        md.append("\n### ").append(escape(call.title() == null ? call.callId() : call.title())).append("\n\n");
        md.append("Sides: ").append(String.join(", ", call.participatingSides())).append("; results published ")
                .append(call.resultsPublishedOn()).append("; climate coefficient ").append(call.climateCoefficient())
                .append(" %; ").append(call.funded().size()).append(" funded project(s).\n\n");
        for (SelectedProject project : call.funded()) {
            md.append("- **").append(escape(project.acronym())).append("**: requested ")
                    .append(perSide(project.requestedPerSide())).append(". Open access: ")
                    .append(project.openAccessStatement() == null ? "no statement given" : escape(project.openAccessStatement()))
                    .append("\n");
        }
    }

    private static String perSide(Map<String, Money> amounts) {
        return String.join(", ", new java.util.TreeMap<>(amounts).entrySet().stream()
                .map(e -> e.getKey() + " " + money(e.getValue())).toList());
    }

    private static String money(Money money) {
        return money == null ? "-" : money.amount().toPlainString() + " " + money.currency();
    }

    /** Keeps text from other services from turning into Markdown structure. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]#|<>])", "\\\\$1").replace('\n', ' ');
    }
}

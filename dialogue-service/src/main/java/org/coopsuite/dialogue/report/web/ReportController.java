package org.coopsuite.dialogue.report.web;

import java.time.LocalDate;

import org.coopsuite.dialogue.report.Dissemination;
import org.coopsuite.dialogue.report.DisseminationMarkdown;
import org.coopsuite.dialogue.report.DisseminationReport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The dissemination report of a strategic area and period: JSON, Markdown with {@code Accept:
 * text/markdown}, or a printable HTML page with {@code Accept: text/html}.
 */
@RestController
class ReportController {

    static final String MARKDOWN = "text/markdown";

    private final Dissemination dissemination;

    ReportController(Dissemination dissemination) {
        this.dissemination = dissemination;
    }

    @GetMapping(path = "/api/reports/dissemination", produces = MediaType.APPLICATION_JSON_VALUE)
    DisseminationReport json(@RequestParam String area, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return dissemination.report(area, from, to);
    }

    /** The printable page, for {@code Accept: text/html}. */
    @GetMapping(path = "/api/reports/dissemination", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    String html(@RequestParam String area, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return DisseminationHtml.render(dissemination.report(area, from, to));
    }

    @GetMapping(path = "/api/reports/dissemination", produces = MARKDOWN + ";charset=UTF-8")
    String markdown(@RequestParam String area, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return DisseminationMarkdown.render(dissemination.report(area, from, to));
    }
}

package org.coopsuite.dashboard.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.dashboard.suite.Service;
import org.coopsuite.dashboard.suite.SuiteApi;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dissemination report of a strategic area over a period, as a printable page. */
@Controller
class ReportController {

    private final SuiteApi suite;

    ReportController(SuiteApi suite) {
        this.suite = suite;
    }

    @GetMapping("/report")
    String report(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client,
            @RequestParam(defaultValue = "CLIMATE_CHANGE") String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate until = to == null ? LocalDate.now() : to;
        LocalDate since = from == null ? until.minusYears(1) : from;
        model.addAttribute("area", area);
        model.addAttribute("from", since);
        model.addAttribute("to", until);
        Map<String, Object> report = suite.get(Service.DIALOGUE, client.getAccessToken().getTokenValue(),
                "/api/reports/dissemination", Map.of("area", area, "from", since, "to", until));
        model.addAttribute("report", report);
        model.addAttribute("fundedProjects", fundedProjects(report));
        return "report";
    }

    /** The projects the report's calls funded, from their grants. */
    private static int fundedProjects(Map<String, Object> report) {
        return report.get("calls") instanceof List<?> calls ? calls.stream()
                .mapToInt(call -> call instanceof Map<?, ?> c && c.get("funded") instanceof List<?> funded ? funded.size() : 0)
                .sum() : 0;
    }
}

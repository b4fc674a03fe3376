package org.coopsuite.dashboard.operations;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coopsuite.dashboard.suite.Service;
import org.coopsuite.dashboard.suite.SuiteApi;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Operations, for operators only: each service's health, its consumer groups' lag and outbox
 * backlog (the services' {@code /api/operator/status}), and its parked sequences (dead letters),
 * retried or evicted (with a reason) through the services' {@code /api/operator/parked}.
 */
@Controller
@PreAuthorize("hasRole('OPERATOR')")
class OperationsController {

    private final SuiteApi suite;

    OperationsController(SuiteApi suite) {
        this.suite = suite;
    }

    @GetMapping("/operations")
    String operations(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, Model model) {
        String token = client.getAccessToken().getTokenValue();
        Map<Service, Map<String, Object>> parked = new LinkedHashMap<>();
        Map<Service, Map<String, Object>> status = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            parked.put(service, suite.get(service, token, "/api/operator/parked"));
            status.put(service, status(service, token));
        }
        model.addAttribute("health", suite.health());
        model.addAttribute("parked", parked);
        model.addAttribute("status", status);
        return "operations";
    }

    /** The service's outbox backlog and consumer lag; empty (shown as unknown) when it does not answer. */
    private Map<String, Object> status(Service service, String token) {
        try {
            return suite.get(service, token, "/api/operator/status");
        } catch (RuntimeException e) {
            return Map.of();
        }
    }

    @PostMapping("/operations/{service}/{id}/retry")
    String retry(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, @PathVariable Service service,
            @PathVariable String id, RedirectAttributes redirect) {
        Map<String, Object> outcome = suite.post(service, client.getAccessToken().getTokenValue(),
                "/api/operator/parked/" + id + "/retry", Map.of());
        boolean again = outcome != null && Boolean.TRUE.equals(outcome.get("parkedAgain"));
        redirect.addFlashAttribute("done", again ? "operations.parkedAgain" : "operations.retried");
        redirect.addFlashAttribute("doneReason", again ? outcome.get("reason") : null);
        return "redirect:/operations";
    }

    @PostMapping("/operations/{service}/{id}/eviction")
    String evict(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, @PathVariable Service service,
            @PathVariable String id, @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        if (reason.isBlank()) {
            redirect.addFlashAttribute("error", "operations.reasonRequired");
            return "redirect:/operations";
        }
        suite.post(service, client.getAccessToken().getTokenValue(), "/api/operator/parked/" + id + "/eviction",
                Map.of("reason", reason));
        redirect.addFlashAttribute("done", "operations.evicted");
        return "redirect:/operations";
    }
}

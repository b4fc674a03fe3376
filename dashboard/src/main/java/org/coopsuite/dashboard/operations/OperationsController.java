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
 * Operations, for operators only: each service's health and its parked sequences (dead
 * letters), retried or evicted (with a reason) through the services' {@code /api/operator/parked}.
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
        Map<Service, Map<String, Object>> parked = new LinkedHashMap<>();
        for (Service service : Service.values()) {
            parked.put(service, suite.get(service, client.getAccessToken().getTokenValue(), "/api/operator/parked"));
        }
        model.addAttribute("health", suite.health());
        model.addAttribute("parked", parked);
        return "operations";
    }

    @PostMapping("/operations/{service}/{id}/retry")
    String retry(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, @PathVariable Service service,
            @PathVariable String id, RedirectAttributes redirect) {
        suite.post(service, client.getAccessToken().getTokenValue(), "/api/operator/parked/" + id + "/retry", Map.of());
        redirect.addFlashAttribute("done", "operations.retried");
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

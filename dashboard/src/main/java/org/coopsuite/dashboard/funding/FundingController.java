package org.coopsuite.dashboard.funding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coopsuite.dashboard.suite.Service;
import org.coopsuite.dashboard.suite.SuiteApi;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Funding: funding-service's agreements and its ledger, per side and area, filtered by side, area and state. */
@Controller
class FundingController {

    private final SuiteApi suite;

    FundingController(SuiteApi suite) {
        this.suite = suite;
    }

    @GetMapping("/funding")
    String funding(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String side, @RequestParam(required = false) String area,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page, Model model) {
        String token = client.getAccessToken().getTokenValue();
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("side", side);
        query.put("area", area);
        query.put("state", state);
        query.put("page", page);
        model.addAttribute("side", side);
        model.addAttribute("area", area);
        model.addAttribute("state", state);
        Map<String, Object> agreements = new LinkedHashMap<>();
        agreements.put("side", side);
        agreements.put("state", state);
        model.addAttribute("agreements", suite.get(Service.FUNDING, token, "/api/agreements", agreements));
        model.addAttribute("ledger", suite.get(Service.FUNDING, token, "/api/ledger", query));
        return "funding";
    }
}

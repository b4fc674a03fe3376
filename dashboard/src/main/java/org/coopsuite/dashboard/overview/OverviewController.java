package org.coopsuite.dashboard.overview;

import java.util.Map;

import org.coopsuite.dashboard.suite.Service;
import org.coopsuite.dashboard.suite.SuiteApi;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The overview: dialogue-service's cooperation overview as charts, each with its table. */
@Controller
class OverviewController {

    private final SuiteApi suite;

    OverviewController(SuiteApi suite) {
        this.suite = suite;
    }

    @GetMapping("/")
    String overview(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, Model model) {
        return fill(client, model, "overview");
    }

    /** The overview's content alone, for htmx to swap into the open page's section when something changed. */
    @GetMapping("/fragments/overview")
    String fragment(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, Model model) {
        return fill(client, model, "overview :: changing");
    }

    private String fill(OAuth2AuthorizedClient client, Model model, String view) {
        Map<String, Object> overview = suite.get(Service.DIALOGUE, client.getAccessToken().getTokenValue(), "/api/overview");
        model.addAttribute("overview", overview);
        model.addAttribute("page", OverviewPage.of(overview));
        return view;
    }
}

package org.coopsuite.dashboard.dialogues;

import java.util.Map;

import org.coopsuite.dashboard.suite.Service;
import org.coopsuite.dashboard.suite.SuiteApi;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Dialogues: dialogue-service's meetings per level and state, action items (overdue marked), one dialogue in full. */
@Controller
class DialoguesController {

    private final SuiteApi suite;

    DialoguesController(SuiteApi suite) {
        this.suite = suite;
    }

    @GetMapping("/dialogues")
    String dialogues(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String level, @RequestParam(required = false) String state, Model model) {
        String token = client.getAccessToken().getTokenValue();
        model.addAttribute("level", level);
        model.addAttribute("state", state);
        model.addAttribute("dialogues", suite.get(Service.DIALOGUE, token, "/api/dialogues",
                Map.of("level", level == null ? "" : level, "state", state == null ? "" : state)));
        model.addAttribute("platforms", suite.get(Service.DIALOGUE, token, "/api/platforms"));
        model.addAttribute("actionItems", suite.get(Service.DIALOGUE, token, "/api/action-items"));
        return "dialogues";
    }

    @GetMapping("/dialogues/{id}")
    String dialogue(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, @PathVariable String id,
            Model model) {
        model.addAttribute("dialogue", suite.get(Service.DIALOGUE, client.getAccessToken().getTokenValue(), "/api/dialogues/" + id));
        return "dialogue";
    }
}

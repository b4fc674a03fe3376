package org.coopsuite.dashboard.dialogues;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
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

/**
 * Dialogues: dialogue-service's meetings, upcoming and past, per level and state, with their
 * platforms; the action items (overdue marked) and the escalated agenda items; one dialogue in full.
 */
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
        LocalDate today = LocalDate.now();
        model.addAttribute("level", level);
        model.addAttribute("state", state);
        model.addAttribute("upcoming", suite.get(Service.DIALOGUE, token, "/api/dialogues", filter(level, state, "from", today)));
        model.addAttribute("past", suite.get(Service.DIALOGUE, token, "/api/dialogues",
                filter(level, state, "to", today.minusDays(1))));
        model.addAttribute("platforms", platforms(token));
        model.addAttribute("actionItems", suite.get(Service.DIALOGUE, token, "/api/action-items"));
        return "dialogues";
    }

    @GetMapping("/dialogues/{id}")
    String dialogue(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, @PathVariable String id,
            Model model) {
        String token = client.getAccessToken().getTokenValue();
        model.addAttribute("dialogue", suite.get(Service.DIALOGUE, token, "/api/dialogues/" + id));
        model.addAttribute("platforms", platforms(token));
        return "dialogue";
    }

    /** dialogue-service's platforms by id, in its order. */
    @SuppressWarnings("unchecked")
    private Map<String, Map<String, Object>> platforms(String token) {
        Map<String, Map<String, Object>> byId = new LinkedHashMap<>();
        Object items = suite.get(Service.DIALOGUE, token, "/api/platforms").get("items");
        if (items instanceof List<?> list) {
            list.forEach(platform -> byId.put(String.valueOf(((Map<String, Object>) platform).get("id")),
                    (Map<String, Object>) platform));
        }
        return byId;
    }

    private static Map<String, Object> filter(String level, String state, String bound, LocalDate date) {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("level", level);
        query.put("state", state);
        query.put(bound, date);
        return query;
    }
}

package org.coopsuite.dashboard.calls;

import java.util.LinkedHashMap;
import java.util.Map;

import org.coopsuite.dashboard.suite.Service;
import org.coopsuite.dashboard.suite.ServiceRefused;
import org.coopsuite.dashboard.suite.SuiteApi;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The calls: call-service's list with its filters and pages; a call with its timeline, proposals, results and funding. */
@Controller
class CallsController {

    static final int PAGE_SIZE = 20;

    private final SuiteApi suite;

    CallsController(SuiteApi suite) {
        this.suite = suite;
    }

    @GetMapping("/calls")
    String list(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client,
            @RequestParam(required = false) String state, @RequestParam(required = false) String side,
            @RequestParam(required = false) String strategicArea, @RequestParam(required = false) String modality,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("state", state);
        filters.put("side", side);
        filters.put("strategicArea", strategicArea);
        filters.put("modality", modality);
        Map<String, Object> query = new LinkedHashMap<>(filters);
        query.put("page", page);
        query.put("size", PAGE_SIZE);
        model.addAttribute("filters", filters);
        model.addAttribute("calls", suite.get(Service.CALL, token(client), "/api/calls", query));
        return "calls";
    }

    @GetMapping("/calls/{id}")
    String call(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, @PathVariable String id, Model model) {
        return fill(client, id, model, "call");
    }

    /** The call's content alone, for htmx to swap into the open page's section when an event arrives. */
    @GetMapping("/fragments/calls/{id}")
    String fragment(@RegisteredOAuth2AuthorizedClient("coop") OAuth2AuthorizedClient client, @PathVariable String id,
            Model model) {
        return fill(client, id, model, "call :: changing");
    }

    private String fill(OAuth2AuthorizedClient client, String id, Model model, String view) {
        String token = token(client);
        model.addAttribute("call", suite.get(Service.CALL, token, "/api/calls/" + id));
        // A call's proposals are their applicants' and the call's sides' officers' and evaluators' only:
        // another role sees that they are not shown to it, not a refused page.
        model.addAttribute("proposals", unlessRefused(() -> suite.get(Service.CALL, token, "/api/calls/" + id + "/proposals")));
        // Results exist once published and funding once funding-service has heard of the call: absent before.
        model.addAttribute("results", optional(() -> suite.get(Service.CALL, token, "/api/calls/" + id + "/results")));
        model.addAttribute("funding", optional(() -> suite.get(Service.CALL, token, "/api/calls/" + id + "/funding")));
        return view;
    }

    private static Map<String, Object> optional(java.util.function.Supplier<Map<String, Object>> read) {
        try {
            return read.get();
        } catch (ServiceRefused e) {
            if (e.status() == 403) {
                throw e;
            }
            return null;
        }
    }

    private static Map<String, Object> unlessRefused(java.util.function.Supplier<Map<String, Object>> read) {
        try {
            return read.get();
        } catch (ServiceRefused e) {
            if (e.status() == 403) {
                return null;
            }
            throw e;
        }
    }

    private static String token(OAuth2AuthorizedClient client) {
        return client.getAccessToken().getTokenValue();
    }
}

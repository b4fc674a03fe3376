package org.coopsuite.dialogue.call.web;

import org.coopsuite.dialogue.call.CallProjection;
import org.coopsuite.dialogue.call.CallView;
import org.coopsuite.platform.query.ViewQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** This service's projection of calls, for dashboards: the call as its events last left it, or 404. */
@RestController
@RequestMapping("/api/calls")
class CallViewController {

    private final ViewQueries views;
    private final CallProjection calls;

    CallViewController(ViewQueries views, CallProjection calls) {
        this.views = views;
        this.calls = calls;
    }

    @GetMapping("/{id}")
    CallView get(@PathVariable String id) {
        return views.byId("Call", calls, id);
    }
}

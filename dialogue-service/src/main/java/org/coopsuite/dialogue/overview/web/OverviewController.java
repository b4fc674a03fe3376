package org.coopsuite.dialogue.overview.web;

import org.coopsuite.dialogue.overview.CooperationOverview;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The cooperation overview, for dashboards and the regular exchange of views; any role reads it. */
@RestController
class OverviewController {

    private final CooperationOverview overview;

    OverviewController(CooperationOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/overview")
    CooperationOverview.Snapshot overview() {
        return overview.now();
    }
}

package org.coopsuite.dialogue.overview.web;

import org.coopsuite.dialogue.overview.CooperationOverview;
import org.coopsuite.platform.query.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The cooperation overview, for dashboards and the regular exchange of views; any role reads it. */
@RestController
class OverviewController {

    private final CooperationOverview overview;

    OverviewController(CooperationOverview overview) {
        this.overview = overview;
    }

    /** The overview; {@code page} and {@code size} page its dialogues coming up. */
    @GetMapping("/api/overview")
    CooperationOverview.Snapshot overview(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return overview.now(Paging.of(page, size));
    }
}

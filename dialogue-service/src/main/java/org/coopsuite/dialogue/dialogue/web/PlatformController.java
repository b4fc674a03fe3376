package org.coopsuite.dialogue.dialogue.web;

import org.coopsuite.dialogue.dialogue.Platform;
import org.coopsuite.dialogue.dialogue.Platforms;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The configured platforms, so a client can schedule a meeting of one. */
@RestController
class PlatformController {

    private final Platforms platforms;

    PlatformController(Platforms platforms) {
        this.platforms = platforms;
    }

    /** A page of the configured platforms, in their configured order. */
    @GetMapping("/api/platforms")
    PageOf<Platform> platforms(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageOf.of(platforms.all(), Paging.of(page, size));
    }
}

package org.coopsuite.dialogue.dialogue.web;

import java.util.List;

import org.coopsuite.dialogue.dialogue.Platform;
import org.coopsuite.dialogue.dialogue.Platforms;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The configured platforms, so a client can schedule a meeting of one. */
@RestController
class PlatformController {

    private final Platforms platforms;

    PlatformController(Platforms platforms) {
        this.platforms = platforms;
    }

    @GetMapping("/api/platforms")
    List<Platform> platforms() {
        return platforms.all();
    }
}

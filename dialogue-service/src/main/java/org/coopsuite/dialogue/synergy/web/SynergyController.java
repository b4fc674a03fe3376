package org.coopsuite.dialogue.synergy.web;

import java.util.function.Function;

import org.coopsuite.dialogue.synergy.Synergies;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The synergies register over HTTP, for any role. */
@RestController
class SynergyController {

    private final Synergies synergies;

    SynergyController(Synergies synergies) {
        this.synergies = synergies;
    }

    @GetMapping("/api/synergies")
    PageOf<Synergies.Synergy> list(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageOf.from(synergies.list(Paging.of(page, size).pageable()), Function.identity());
    }
}

package org.coopsuite.dialogue.dialogue.web;

import java.time.LocalDate;

import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueState;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists dialogues by level, state and period (dates inclusive), one page at a time, by date. */
@RestController
class DialogueListController {

    private final DialogueQueries queries;

    DialogueListController(DialogueQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/dialogues")
    PageOf<DialogueResponse> list(@RequestParam(required = false) DialogueLevel level,
            @RequestParam(required = false) DialogueState state, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        new InvalidCommandException.Collector().check(from == null || to == null || !to.isBefore(from), "to",
                "must not be before from").throwIfAny();
        return PageOf.from(queries.list(level, state, from, to, Paging.of(page, size).pageable()), DialogueResponse::of);
    }
}

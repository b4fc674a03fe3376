package org.coopsuite.dialogue.dialogue.web;

import java.time.LocalDate;
import java.util.List;

import org.coopsuite.dialogue.dialogue.DialogueQueries;
import org.coopsuite.dialogue.dialogue.DialogueState;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.springframework.data.domain.PageRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists dialogues by level, state and period (dates inclusive), one page at a time, by date. */
@RestController
class DialogueListController {

    static final int MAX_PAGE_SIZE = 200;

    private final DialogueQueries queries;

    DialogueListController(DialogueQueries queries) {
        this.queries = queries;
    }

    record DialoguePage(int page, int size, List<DialogueResponse> dialogues) {
    }

    @GetMapping("/api/dialogues")
    DialoguePage list(@RequestParam(required = false) DialogueLevel level,
            @RequestParam(required = false) DialogueState state, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(page >= 0, "page", "must not be negative");
        errors.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be between 1 and " + MAX_PAGE_SIZE);
        errors.check(from == null || to == null || !to.isBefore(from), "to", "must not be before from");
        errors.throwIfAny();
        return new DialoguePage(page, size, queries.list(level, state, from, to, PageRequest.of(page, size))
                .map(DialogueResponse::of).getContent());
    }
}

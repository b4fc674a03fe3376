package org.coopsuite.dialogue.dialogue.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coopsuite.dialogue.dialogue.ActionItem;
import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.coopsuite.dialogue.dialogue.ActionItems;
import org.coopsuite.dialogue.dialogue.AssignActionItem;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Action items over HTTP: the secretariat of a participating side assigns them, the owner side's
 * secretariat completes them, and anyone lists them across dialogues.
 */
@RestController
class ActionItemController {

    static final int MAX_PAGE_SIZE = 200;

    private final DialogueService dialogues;
    private final ActionItems actionItems;

    ActionItemController(DialogueService dialogues, ActionItems actionItems) {
        this.dialogues = dialogues;
        this.actionItems = actionItems;
    }

    record AssignBody(@NotBlank @Size(max = 10) String ownerSide, @NotBlank @Size(max = 2000) String description,
            @NotNull LocalDate dueDate) {
    }

    record ActionItemPage(int page, int size, List<ActionItems.ListedActionItem> items) {
    }

    @PostMapping("/api/dialogues/{id}/action-items")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<ActionItem> assign(@PathVariable String id, @Valid @RequestBody AssignBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        ActionItem item = dialogues.assignActionItem(id, new AssignActionItem(body.ownerSide(), body.description(),
                body.dueDate()), IfMatch.expected(ifMatch), Sides.ofCaller());
        return ResponseEntity.created(URI.create("/api/dialogues/" + id)).body(item);
    }

    @PostMapping("/api/dialogues/{id}/action-items/{itemId}/completion")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ActionItem complete(@PathVariable String id, @PathVariable String itemId,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return dialogues.completeActionItem(id, itemId, IfMatch.expected(ifMatch), Sides.ofCaller());
    }

    @GetMapping("/api/action-items")
    ActionItemPage list(@RequestParam(required = false) String side, @RequestParam(required = false) ActionItemState state,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        InvalidCommandException.Collector errors = new InvalidCommandException.Collector();
        errors.check(page >= 0, "page", "must not be negative");
        errors.check(size >= 1 && size <= MAX_PAGE_SIZE, "size", "must be between 1 and " + MAX_PAGE_SIZE);
        errors.throwIfAny();
        return new ActionItemPage(page, size, actionItems.list(side, state, PageRequest.of(page, size)).getContent());
    }
}

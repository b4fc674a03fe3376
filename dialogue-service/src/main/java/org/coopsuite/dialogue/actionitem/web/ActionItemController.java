package org.coopsuite.dialogue.actionitem.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coopsuite.dialogue.dialogue.ActionItem;
import org.coopsuite.dialogue.dialogue.ActionItemState;
import org.coopsuite.dialogue.actionitem.ActionItems;
import org.coopsuite.dialogue.dialogue.AssignActionItem;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
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

    private final DialogueService dialogues;
    private final ActionItems actionItems;

    ActionItemController(DialogueService dialogues, ActionItems actionItems) {
        this.dialogues = dialogues;
        this.actionItems = actionItems;
    }

    record AssignBody(@NotBlank @Size(max = 10) String ownerSide, @NotBlank @Size(max = 2000) String description,
            @NotNull LocalDate dueDate) {
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
    PageOf<ActionItems.ListedActionItem> list(@RequestParam(required = false) String side,
            @RequestParam(required = false) ActionItemState state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageOf.from(actionItems.list(side, state, Paging.of(page, size).pageable()), Function.identity());
    }
}

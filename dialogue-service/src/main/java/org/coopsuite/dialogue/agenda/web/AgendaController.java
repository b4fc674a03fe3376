package org.coopsuite.dialogue.agenda.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.coopsuite.dialogue.agenda.AgendaService;
import org.coopsuite.dialogue.dialogue.AgendaItem;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The secretariat of a participating side puts items on a dialogue's agenda by hand. */
@RestController
class AgendaController {

    private final AgendaService agenda;

    AgendaController(AgendaService agenda) {
        this.agenda = agenda;
    }

    @PostMapping("/api/dialogues/{id}/agenda-items")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<AgendaItem> add(@PathVariable String id, @Valid @RequestBody AgendaItemBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        AgendaItem item = agenda.addByHand(id, body.title(), IfMatch.expected(ifMatch), Sides.ofCaller());
        return ResponseEntity.created(URI.create("/api/dialogues/" + id)).body(item);
    }
}

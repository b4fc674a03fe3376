package org.coopsuite.dialogue.dialogue.web;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.coopsuite.dialogue.dialogue.CallMandate;
import org.coopsuite.dialogue.dialogue.Decision;
import org.coopsuite.dialogue.dialogue.Dialogue;
import org.coopsuite.dialogue.dialogue.DialogueService;
import org.coopsuite.dialogue.dialogue.ScheduleDialogue;
import org.coopsuite.dialogue.dialogue.SynergyPair;
import org.coopsuite.dialogue.dialogue.web.DialogueRequests.LineBody;
import org.coopsuite.dialogue.dialogue.web.DialogueRequests.SynergyBody;
import org.coopsuite.dialogue.dialogue.web.DialogueRequests.DecisionBody;
import org.coopsuite.dialogue.dialogue.web.DialogueRequests.MandateBody;
import org.coopsuite.dialogue.dialogue.web.DialogueRequests.ReasonBody;
import org.coopsuite.dialogue.dialogue.web.DialogueRequests.RescheduleBody;
import org.coopsuite.dialogue.dialogue.web.DialogueRequests.ScheduleBody;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dialogues over HTTP: the secretariat schedules, postpones, reschedules or cancels them, opens and
 * concludes their sessions, records decisions, and approves the minutes for its side.
 */
@RestController
@RequestMapping("/api/dialogues")
class DialogueController {

    private final DialogueService dialogues;

    DialogueController(DialogueService dialogues) {
        this.dialogues = dialogues;
    }

    @PostMapping
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<DialogueResponse> schedule(@Valid @RequestBody ScheduleBody body) {
        Map<String, String> coChairs = new LinkedHashMap<>();
        body.coChairs().forEach(chair -> {
            if (coChairs.putIfAbsent(chair.side(), chair.name()) != null) {
                throw new InvalidCommandException(Map.of("coChairs", "one co-chair per side; " + chair.side() + " has two"));
            }
        });
        Sides.require(Sides.ofCaller(), coChairs.keySet());
        Dialogue dialogue = dialogues.schedule(new ScheduleDialogue(body.title(), body.level(), body.date(), coChairs,
                body.platformId(), false));
        return ResponseEntity.created(URI.create("/api/dialogues/" + dialogue.id())).body(DialogueResponse.of(dialogue));
    }

    @PostMapping("/{id}/session")
    @PreAuthorize("hasRole('SECRETARIAT')")
    DialogueResponse openSession(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return DialogueResponse.of(dialogues.open(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/postponement")
    @PreAuthorize("hasRole('SECRETARIAT')")
    DialogueResponse postpone(@PathVariable String id, @Valid @RequestBody ReasonBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return DialogueResponse.of(dialogues.postpone(id, body.reason(), IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/rescheduling")
    @PreAuthorize("hasRole('SECRETARIAT')")
    DialogueResponse reschedule(@PathVariable String id, @Valid @RequestBody RescheduleBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return DialogueResponse.of(dialogues.reschedule(id, body.date(), IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/conclusion")
    @PreAuthorize("hasRole('SECRETARIAT')")
    DialogueResponse conclude(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return DialogueResponse.of(dialogues.conclude(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize("hasRole('SECRETARIAT')")
    DialogueResponse cancel(@PathVariable String id, @Valid @RequestBody ReasonBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return DialogueResponse.of(dialogues.cancel(id, body.reason(), IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    /** The caller's side approves; a repeat answers 200 with the dialogue unchanged. */
    @PostMapping("/{id}/minutes/approvals")
    @PreAuthorize("hasRole('SECRETARIAT')")
    DialogueResponse approveMinutes(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return DialogueResponse.of(dialogues.approveMinutes(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/decisions")
    @PreAuthorize("hasRole('SECRETARIAT')")
    ResponseEntity<Decision> recordDecision(@PathVariable String id, @Valid @RequestBody DecisionBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        if (body.kind() == DecisionKind.CALL_MANDATE && body.mandate() == null) {
            throw new InvalidCommandException(Map.of("mandate", "a call mandate needs its mandate"));
        }
        Decision requested = new Decision(null, body.kind(), body.summary(), mandate(body.mandate()),
                synergy(body.synergy()));
        Decision decision = dialogues.recordDecision(id, requested, IfMatch.expected(ifMatch), Sides.ofCaller());
        return ResponseEntity.created(URI.create("/api/dialogues/" + id)).body(decision);
    }

    /** Confirms the proposed date of a dialogue scheduled at a cadence or for an escalation, or fixes another. */
    @PostMapping("/{id}/date-confirmation")
    @PreAuthorize("hasRole('SECRETARIAT')")
    DialogueResponse confirmDate(@PathVariable String id, @Valid @RequestBody RescheduleBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return DialogueResponse.of(dialogues.confirmDate(id, body.date(), IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @GetMapping("/{id}")
    DialogueResponse get(@PathVariable String id) {
        return DialogueResponse.of(dialogues.get(id));
    }

    private static SynergyPair synergy(SynergyBody body) {
        return body == null ? null : new SynergyPair(line(body.first()), line(body.second()));
    }

    private static SynergyPair.Line line(LineBody body) {
        return new SynergyPair.Line(body.side(), body.programme(), body.line());
    }

    private static CallMandate mandate(MandateBody body) {
        if (body == null) {
            return null;
        }
        Map<String, Money> budget = new LinkedHashMap<>();
        body.indicativeBudget().forEach((side, money) -> budget.put(side, new Money(money.amount(), money.currency())));
        return new CallMandate(null, body.modality(), body.strategicArea(), body.topics(), budget,
                body.targetOpeningDate(), body.globalChallenges(), body.synergyDecisionId());
    }
}

package org.coopsuite.dialogue;

import static org.coopsuite.platform.security.AccessMatrix.Reach.ANY;
import static org.coopsuite.platform.security.AccessMatrix.Reach.SIDE;
import static org.coopsuite.platform.security.AccessMatrix.everyRole;
import static org.coopsuite.platform.security.AccessMatrix.op;
import static org.coopsuite.platform.security.Role.SECRETARIAT;

import java.util.List;

import org.coopsuite.platform.security.AccessMatrix;

/**
 * dialogue-service's authorization matrix: every operation of its OpenAPI document, each role's
 * reach. "Own side": a co-chair side of the dialogue (for a new one: of the co-chairs it names).
 * Dialogues, action items, platforms, the overview, the reports and the calls' views are public to
 * every role. Enforced by {@code @PreAuthorize} and {@code DialogueService.load} (sides).
 */
public final class DialogueAccess {

    /** The table, as the README shows it and {@code DialogueAccessIT} walks it. */
    public static final AccessMatrix MATRIX = new AccessMatrix("dialogue-service", List.of(
            op("POST", "/api/dialogues", "schedule a dialogue", SECRETARIAT, SIDE),
            op("GET", "/api/dialogues", "list dialogues", everyRole(ANY)),
            op("GET", "/api/dialogues/{id}", "read a dialogue", everyRole(ANY)),
            op("POST", "/api/dialogues/{id}/session", "open the session", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/postponement", "postpone", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/rescheduling", "give a new date", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/date-confirmation", "confirm the proposed date", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/conclusion", "conclude the session", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/cancellation", "cancel", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/minutes/approvals", "approve the minutes for the side", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/decisions", "record a decision", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/agenda-items", "add an agenda item", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/action-items", "assign an action item", SECRETARIAT, SIDE),
            op("POST", "/api/dialogues/{id}/action-items/{itemId}/completion", "complete an action item", SECRETARIAT, SIDE),
            op("GET", "/api/action-items", "list action items", everyRole(ANY)),
            op("GET", "/api/platforms", "list the dialogue platforms", everyRole(ANY)),
            op("GET", "/api/overview", "the cooperation overview", everyRole(ANY)),
            op("GET", "/api/synergies", "the synergies register", everyRole(ANY)),
            op("GET", "/api/reports/dissemination", "the dissemination report", everyRole(ANY)),
            op("GET", "/api/calls/{id}", "dialogue-service's view of a call", everyRole(ANY))))
            .with(AccessMatrix.operatorOperations());

    private DialogueAccess() {
    }
}

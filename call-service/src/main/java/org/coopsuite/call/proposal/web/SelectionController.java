package org.coopsuite.call.proposal.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coopsuite.call.proposal.EvaluationService;
import org.coopsuite.call.proposal.web.EvaluationController.CallStateResponse;
import org.coopsuite.platform.security.CurrentUser;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sides' part in selection over HTTP: for a joint call with a panel, a programme officer of
 * each participating side approves the proposed results or returns them to the panel with a
 * reason; for a coordinated call with a panel, each side's officer selects for its own partners.
 */
@RestController
class SelectionController {

    private static final String OFFICER = "hasRole('PROGRAMME_OFFICER')";
    private static final String IF_MATCH = "If-Match";

    private final EvaluationService evaluation;

    SelectionController(EvaluationService evaluation) {
        this.evaluation = evaluation;
    }

    record ReasonBody(@NotBlank @Size(max = 2000) String reason) {
    }

    /** At most 1,000 proposals a side: their ids fit in the platform's 64 KB body, so a longer list is refused naming it. */
    record SideSelectionBody(@NotNull @Size(max = 1000) List<@NotBlank @Size(max = 100) String> selected) {
    }

    @PostMapping("/api/calls/{id}/results/approval")
    @PreAuthorize(OFFICER)
    CallStateResponse approve(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        String officer = CurrentUser.get().map(CurrentUser::subject).orElseThrow();
        return CallStateResponse.of(evaluation.approveResults(id, IfMatch.expected(ifMatch), Sides.ofCaller(), officer));
    }

    @PostMapping("/api/calls/{id}/results/return")
    @PreAuthorize(OFFICER)
    CallStateResponse returnToPanel(@PathVariable String id, @Valid @RequestBody ReasonBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return CallStateResponse.of(evaluation.returnResults(id, body.reason(), IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/api/calls/{id}/side-selection")
    @PreAuthorize(OFFICER)
    CallStateResponse selectForSide(@PathVariable String id, @Valid @RequestBody SideSelectionBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return CallStateResponse.of(evaluation.selectForSide(id, body.selected(), IfMatch.expected(ifMatch),
                Sides.ofCaller()));
    }
}

package org.coopsuite.call.call.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallProperties;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.Deliberation;
import org.coopsuite.call.call.EvaluationReaders;
import org.coopsuite.call.call.Expert;
import org.coopsuite.call.call.Panel;
import org.coopsuite.call.call.PanelSteps;
import org.coopsuite.call.call.ResultEntry;
import org.coopsuite.platform.domain.ForbiddenException;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A call's evaluation panel over HTTP: a programme officer of a participating side appoints it
 * (experts of participating sides; evaluations per proposal, default 3; thresholds, default the
 * service's 3 and 10) and records the panel's note ordering tied proposals; the call's officers,
 * evaluators and funding officers read the panel with what the panel and the sides have decided
 * so far. Both replacing steps are whole-content updates: If-Match is required (428 without).
 */
@RestController
class PanelController {

    private static final String OFFICER = "hasRole('PROGRAMME_OFFICER')";
    private static final String IF_MATCH = "If-Match";

    private final CallService calls;
    private final CallProperties.Evaluation defaults;

    PanelController(CallService calls, CallProperties properties) {
        this.calls = calls;
        this.defaults = properties.evaluation();
    }

    record ExpertBody(@NotBlank @Size(max = 200) String id, @NotBlank @Size(max = 10) String side,
            @NotBlank @Size(max = 200) String organisation) {
    }

    record PanelBody(@NotEmpty @Size(max = 200) List<@Valid @NotNull ExpertBody> experts,
            @Min(1) @Max(20) Integer requiredEvaluations, BigDecimal criterionThreshold, BigDecimal totalThreshold) {
    }

    record TiesBody(@NotEmpty @Size(max = 1000) List<@NotBlank @Size(max = 100) String> order,
            @NotBlank @Size(max = 5000) String note) {
    }

    /** The panel, its rules and the deliberation: ties, proposed results, approvals, side selections. */
    record PanelResponse(String callId, long version, CallState state, Panel panel, List<String> tieOrder, String tieNote,
            List<ResultEntry> proposed, Map<String, String> approvals, List<String> awaitingApproval,
            Map<String, List<String>> sideSelections) {

        static PanelResponse of(Call call) {
            Deliberation d = call.deliberation();
            return new PanelResponse(call.id(), call.version() + call.recordedEvents().size(), call.state(), d.panel(),
                    d.tieOrder(), d.tieNote(), d.proposed(), d.approvals(), call.state() == CallState.RESULTS_PROPOSED
                            ? PanelSteps.awaitingApproval(call) : List.of(), d.sideSelections());
        }
    }

    @PutMapping("/api/calls/{id}/panel")
    @PreAuthorize(OFFICER)
    PanelResponse appoint(@PathVariable String id, @Valid @RequestBody PanelBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Panel panel = new Panel(body.experts().stream().map(e -> new Expert(e.id(), e.side(), e.organisation())).toList(),
                body.requiredEvaluations() == null ? Panel.DEFAULT_REQUIRED_EVALUATIONS : body.requiredEvaluations(),
                body.criterionThreshold() == null ? defaults.criterionThreshold() : body.criterionThreshold(),
                body.totalThreshold() == null ? defaults.totalThreshold() : body.totalThreshold());
        return PanelResponse.of(calls.step(id, IfMatch.required(ifMatch), Sides.ofCaller(),
                (call, context) -> PanelSteps.appointPanel(call, panel, context)));
    }

    @PutMapping("/api/calls/{id}/panel/ties")
    @PreAuthorize(OFFICER)
    PanelResponse orderTies(@PathVariable String id, @Valid @RequestBody TiesBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return PanelResponse.of(calls.step(id, IfMatch.required(ifMatch), Sides.ofCaller(),
                (call, context) -> PanelSteps.orderTies(call, body.order(), body.note(), context)));
    }

    /** Read by those who read the call's whole evaluation ({@link EvaluationReaders}): it names the experts and ranks every proposal. */
    @GetMapping("/api/calls/{id}/panel")
    PanelResponse get(@PathVariable String id) {
        Call call = calls.get(id);
        if (!EvaluationReaders.readsAll(call)) {
            throw new ForbiddenException("The panel of call " + id + " (its experts, the proposed ranking) is read by the"
                    + " officers, evaluators and funding officers of its sides " + call.participatingSides() + " only");
        }
        return PanelResponse.of(call);
    }
}

package org.coopsuite.call.proposal.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.coopsuite.call.proposal.EvaluationSummary;
import org.coopsuite.call.proposal.PanelService;
import org.coopsuite.call.proposal.ProposalService;
import org.coopsuite.call.proposal.RedressService;
import org.coopsuite.call.proposal.Scores;
import org.coopsuite.platform.security.CurrentUser;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * A proposal's evaluation by the panel and its redress over HTTP: an expert assigns themself
 * declaring no conflict of interest, the rapporteur writes the consensus; the applicant reads its
 * Evaluation Summary Report and asks for redress; the redress committee decides.
 */
@RestController
class ReviewController {

    private static final String IF_MATCH = "If-Match";

    private final PanelService panels;
    private final RedressService redress;
    private final ProposalService proposals;

    ReviewController(PanelService panels, RedressService redress, ProposalService proposals) {
        this.panels = panels;
        this.redress = redress;
        this.proposals = proposals;
    }

    /** An expert's declaration: it must be true to be assigned. */
    record AssignmentBody(@NotNull Boolean noConflictOfInterest) {
    }

    record ConsensusBody(@NotNull java.math.BigDecimal excellence, @NotNull java.math.BigDecimal impact,
            @NotNull java.math.BigDecimal implementation, @NotBlank @Size(max = 20000) String comments) {
    }

    record RedressBody(@NotBlank @Size(max = 20) String criterion, @NotBlank @Size(max = 5000) String reason) {
    }

    record RedressDecisionBody(@NotNull Boolean upheld, @NotBlank @Size(max = 5000) String reason) {
    }

    @PostMapping("/api/proposals/{id}/assignment")
    @PreAuthorize("hasRole('EVALUATOR')")
    ProposalResponse assign(@PathVariable String id, @Valid @RequestBody AssignmentBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return ProposalResponse.of(panels.assign(id, subject(), body.noConflictOfInterest(), IfMatch.expected(ifMatch)));
    }

    @PostMapping("/api/proposals/{id}/consensus")
    @PreAuthorize("hasRole('EVALUATOR')")
    ProposalResponse consensus(@PathVariable String id, @Valid @RequestBody ConsensusBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Scores scores = Scores.of(body.excellence(), body.impact(), body.implementation());
        return ProposalResponse.of(panels.writeConsensus(id, subject(), scores, body.comments(), IfMatch.expected(ifMatch)));
    }

    @PostMapping("/api/proposals/{id}/redress")
    @PreAuthorize("hasRole('APPLICANT')")
    ProposalResponse requestRedress(@PathVariable String id, @Valid @RequestBody RedressBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return ProposalResponse.of(redress.request(id, subject(), body.criterion(), body.reason(), IfMatch.expected(ifMatch)));
    }

    @PostMapping("/api/proposals/{id}/redress/decision")
    @PreAuthorize("hasRole('PROGRAMME_OFFICER')")
    ProposalResponse decideRedress(@PathVariable String id, @Valid @RequestBody RedressDecisionBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return ProposalResponse.of(redress.decide(id, body.upheld(), body.reason(), Sides.ofCaller(),
                IfMatch.expected(ifMatch)));
    }

    /** The Evaluation Summary Report: the applicant's own proposal only, or any for an officer of a participating side. */
    @GetMapping("/api/proposals/{id}/esr")
    @PreAuthorize("hasAnyRole('APPLICANT', 'PROGRAMME_OFFICER')")
    EvaluationSummary summary(@PathVariable String id) {
        boolean applicant = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_APPLICANT"));
        return proposals.summary(id, subject(), Sides.ofCaller(), applicant);
    }

    private static String subject() {
        return CurrentUser.get().map(CurrentUser::subject).orElseThrow();
    }
}

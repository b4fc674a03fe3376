package org.coopsuite.call.proposal.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.coopsuite.call.funding.FundingOutcomes;
import org.coopsuite.call.proposal.PanelService;
import org.coopsuite.call.proposal.Proposal;
import org.coopsuite.call.proposal.ProposalService;
import org.coopsuite.call.proposal.Scores;
import org.coopsuite.call.proposal.Standing;
import org.coopsuite.call.proposal.web.ProposalRequests.ScoresBody;
import org.coopsuite.call.proposal.web.ProposalRequests.SubmitBody;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.security.CurrentUser;
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
 * Proposals over HTTP: applicants submit and withdraw their own, evaluators score them; their
 * readers ({@code ProposalAccess}) read them with their state and rank, an applicant its own
 * proposal's scores, pass and review only once the call's results are published.
 */
@RestController
class ProposalController {

    private static final String IF_MATCH = "If-Match";

    private final ProposalService proposals;
    private final PanelService panels;
    private final FundingOutcomes funding;

    ProposalController(ProposalService proposals, PanelService panels, FundingOutcomes funding) {
        this.proposals = proposals;
        this.panels = panels;
        this.funding = funding;
    }

    @PostMapping("/api/calls/{callId}/proposals")
    @PreAuthorize("hasRole('APPLICANT')")
    ResponseEntity<ProposalResponse> submit(@PathVariable String callId, @Valid @RequestBody SubmitBody body) {
        Proposal proposal = proposals.submit(body.command(callId), subject());
        return ResponseEntity.created(URI.create("/api/proposals/" + proposal.id())).body(ProposalResponse.of(proposal));
    }

    @PostMapping("/api/proposals/{id}/withdrawal")
    @PreAuthorize("hasRole('APPLICANT')")
    ProposalResponse withdraw(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return ProposalResponse.of(proposals.withdraw(id, subject(), IfMatch.expected(ifMatch)));
    }

    @PostMapping("/api/proposals/{id}/evaluation")
    @PreAuthorize("hasRole('EVALUATOR')")
    ProposalResponse evaluate(@PathVariable String id, @Valid @RequestBody ScoresBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        Scores scores = Scores.of(body.excellence(), body.impact(), body.implementation());
        return ProposalResponse.of(panels.evaluate(id, subject(), scores, body.comments(), IfMatch.expected(ifMatch)));
    }

    @GetMapping("/api/proposals/{id}")
    ProposalResponse get(@PathVariable String id) {
        ProposalService.Read<Proposal> read = proposals.get(id);
        Proposal proposal = read.value();
        ProposalResponse response = ProposalResponse.of(proposal).withFunding(funding.ofCall(proposal.callId()));
        return read.withEvaluation() ? response : response.withoutEvaluation();
    }

    /**
     * One page of a call's proposals in submission order, each with its state and, once results
     * are out, its rank. Cut from all of them in memory, as evaluation and selection read them:
     * a call has hundreds at most.
     */
    @GetMapping("/api/calls/{callId}/proposals")
    PageOf<ProposalResponse> ofCall(@PathVariable String callId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        var outcomes = funding.ofCall(callId);
        ProposalService.Read<List<Standing>> standings = proposals.standings(callId);
        return PageOf.of(standings.value(), paging)
                .map(standing -> ProposalResponse.of(standing.proposal(), standing.state(), standing.rank())
                        .withFunding(outcomes))
                .map(response -> standings.withEvaluation() ? response : response.withoutEvaluation());
    }

    private static String subject() {
        return CurrentUser.get().map(CurrentUser::subject).orElseThrow();
    }
}

package org.coopsuite.funding.agreement.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.coopsuite.funding.agreement.Agreement;
import org.coopsuite.funding.agreement.AgreementService;
import org.coopsuite.funding.agreement.AgreementState;
import org.coopsuite.funding.agreement.Agreements;
import org.coopsuite.funding.agreement.ChangeCommitment;
import org.coopsuite.funding.agreement.CommitFunding;
import org.coopsuite.funding.agreement.web.AgreementRequests.ChangeBody;
import org.coopsuite.funding.agreement.web.AgreementRequests.CommitBody;
import org.coopsuite.funding.agreement.web.AgreementRequests.MechanismBody;
import org.coopsuite.funding.web.Paging;
import org.coopsuite.platform.security.CurrentUser;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Agreements over HTTP: funding officers commit, top up and withdraw for their own side and
 * agency, and close an allocated agreement; any role reads.
 */
@RestController
@RequestMapping("/api/agreements")
class AgreementController {

    private final AgreementService agreements;
    private final Agreements stored;

    AgreementController(AgreementService agreements, Agreements stored) {
        this.agreements = agreements;
        this.stored = stored;
    }

    /** One page of agreements, by id, filtered by state, participating side and call. */
    @GetMapping
    AgreementPage list(@RequestParam(required = false) AgreementState state, @RequestParam(required = false) String side,
            @RequestParam(required = false) String callId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return new AgreementPage(paging.page(), paging.size(), stored.list(state, side, callId,
                PageRequest.of(paging.page(), paging.size())).map(AgreementResponse::of).getContent());
    }

    /** A page of agreements; fewer than {@code size} means it is the last. */
    record AgreementPage(int page, int size, List<AgreementResponse> agreements) {
    }

    @GetMapping("/{id}")
    AgreementResponse get(@PathVariable String id) {
        return AgreementResponse.of(agreements.get(id));
    }

    /** The one agreement of a call. */
    @GetMapping("/by-call/{callId}")
    AgreementResponse ofCall(@PathVariable String callId) {
        return AgreementResponse.of(agreements.ofCall(callId));
    }

    @PostMapping("/{id}/mechanism")
    @PreAuthorize("hasRole('FUNDING_OFFICER')")
    AgreementResponse chooseMechanism(@PathVariable String id, @Valid @RequestBody MechanismBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return AgreementResponse.of(agreements.chooseMechanism(id, body.mechanism(), body.agreementCurrency(),
                body.pooledSharePercent(), IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/commitments")
    @PreAuthorize("hasRole('FUNDING_OFFICER')")
    ResponseEntity<AgreementResponse> commit(@PathVariable String id, @Valid @RequestBody CommitBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CurrentUser caller = caller();
        Agreement agreement = agreements.commit(id, new CommitFunding(body.side(), body.agency(), body.amount().toMoney(),
                body.committedOn(), body.rateToAgreementCurrency()), IfMatch.expected(ifMatch), caller.side(), caller.agency());
        return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(AgreementResponse.of(agreement));
    }

    @PostMapping("/{id}/commitments/{commitmentId}/top-ups")
    @PreAuthorize("hasRole('FUNDING_OFFICER')")
    AgreementResponse topUp(@PathVariable String id, @PathVariable String commitmentId, @Valid @RequestBody ChangeBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return AgreementResponse.of(agreements.topUp(id, commitmentId, change(body), IfMatch.expected(ifMatch)));
    }

    @PostMapping("/{id}/commitments/{commitmentId}/withdrawals")
    @PreAuthorize("hasRole('FUNDING_OFFICER')")
    AgreementResponse withdraw(@PathVariable String id, @PathVariable String commitmentId,
            @Valid @RequestBody ChangeBody body, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return AgreementResponse.of(agreements.withdraw(id, commitmentId, change(body), IfMatch.expected(ifMatch)));
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasRole('FUNDING_OFFICER')")
    AgreementResponse close(@PathVariable String id, @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        return AgreementResponse.of(agreements.close(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    /** A change is made for the caller's side and agency: the commitment must be theirs. */
    private static ChangeCommitment change(ChangeBody body) {
        CurrentUser caller = caller();
        return new ChangeCommitment(caller.side(), caller.agency(), body.amount().toMoney(), body.on(),
                body.rateToAgreementCurrency());
    }

    private static CurrentUser caller() {
        return CurrentUser.get().orElseThrow();
    }
}

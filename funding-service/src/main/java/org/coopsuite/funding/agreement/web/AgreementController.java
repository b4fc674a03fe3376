package org.coopsuite.funding.agreement.web;

import java.net.URI;

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
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.security.CurrentUser;
import org.coopsuite.schemas.funding.AgreementChange;
import org.coopsuite.platform.web.IfMatch;
import org.springframework.http.HttpStatus;
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
 * agency, and consent for their side to the mechanism and to closing an allocated agreement (made
 * once every side has consented); any role reads.
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
    PageOf<AgreementResponse> list(@RequestParam(required = false) AgreementState state,
            @RequestParam(required = false) String side, @RequestParam(required = false) String callId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageOf.from(stored.list(state, side, callId, Paging.of(page, size).pageable()), AgreementResponse::of);
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
    ResponseEntity<AgreementResponse> chooseMechanism(@PathVariable String id, @Valid @RequestBody MechanismBody body,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CurrentUser caller = caller();
        return consented(agreements.chooseMechanism(id, body.mechanism(), body.agreementCurrency(),
                body.pooledSharePercent(), IfMatch.expected(ifMatch), caller.side(), caller.agency()), AgreementChange.MECHANISM);
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
    ResponseEntity<AgreementResponse> close(@PathVariable String id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        CurrentUser caller = caller();
        return consented(agreements.close(id, IfMatch.expected(ifMatch), caller.side(), caller.agency()),
                AgreementChange.CLOSURE);
    }

    /** 200 when the change is made, 202 while another side's consent to it is awaited. */
    private static ResponseEntity<AgreementResponse> consented(Agreement agreement, AgreementChange change) {
        boolean awaiting = agreement.consents().stream().anyMatch(consent -> consent.change() == change);
        return ResponseEntity.status(awaiting ? HttpStatus.ACCEPTED : HttpStatus.OK).body(AgreementResponse.of(agreement));
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

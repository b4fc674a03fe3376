package org.coopsuite.call.call.web;

import java.net.URI;
import jakarta.validation.Valid;

import org.coopsuite.call.call.Call;
import org.coopsuite.call.call.CallService;
import org.coopsuite.call.call.CallState;
import org.coopsuite.call.call.Calls.CallFilter;
import org.coopsuite.call.call.DraftCall;
import org.coopsuite.call.call.web.CallRequests.ContentBody;
import org.coopsuite.call.call.web.CallRequests.DraftBody;
import org.coopsuite.call.call.web.CallRequests.ReasonBody;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;
import org.coopsuite.platform.security.Sides;
import org.coopsuite.platform.web.IfMatch;
import org.coopsuite.schemas.common.CallModality;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Calls over HTTP: a programme officer of a participating side drafts, edits, submits for
 * funding, closes or cancels them; anyone authenticated reads them.
 */
@RestController
@RequestMapping("/api/calls")
class CallController {

    private static final String OFFICER = "hasRole('PROGRAMME_OFFICER')";
    private static final String IF_MATCH = "If-Match";

    private final CallService calls;

    CallController(CallService calls) {
        this.calls = calls;
    }

    @PostMapping
    @PreAuthorize(OFFICER)
    ResponseEntity<CallResponse> draft(@Valid @RequestBody DraftBody body) {
        Call call = calls.draft(new DraftCall(body.modality(), body.participatingSides(), body.content().content()),
                Sides.ofCaller());
        return ResponseEntity.created(URI.create("/api/calls/" + call.id())).body(CallResponse.of(call));
    }

    @PutMapping("/{id}")
    @PreAuthorize(OFFICER)
    CallResponse edit(@PathVariable String id, @Valid @RequestBody ContentBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return CallResponse.of(calls.edit(id, body.content(), IfMatch.required(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize(OFFICER)
    CallResponse submitForFunding(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return CallResponse.of(calls.submitForFunding(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize(OFFICER)
    CallResponse close(@PathVariable String id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return CallResponse.of(calls.closeByHand(id, IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @PostMapping("/{id}/cancellation")
    @PreAuthorize(OFFICER)
    CallResponse cancel(@PathVariable String id, @Valid @RequestBody ReasonBody body,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return CallResponse.of(calls.cancel(id, body.reason(), IfMatch.expected(ifMatch), Sides.ofCaller()));
    }

    @GetMapping("/{id}")
    CallResponse get(@PathVariable String id) {
        return CallResponse.of(calls.get(id));
    }

    /** One page of calls, newest first, filtered by state, side, strategic area and modality. */
    @GetMapping
    PageOf<CallResponse> list(@RequestParam(required = false) CallState state, @RequestParam(required = false) String side,
            @RequestParam(required = false) String strategicArea, @RequestParam(required = false) CallModality modality,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        return PageOf.from(calls.list(new CallFilter(state, side, strategicArea, modality), Paging.of(page, size).pageable()),
                CallResponse::of);
    }
}

package org.coopsuite.call.call.web;

import org.coopsuite.call.call.CallService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Calls over HTTP. */
@RestController
@RequestMapping("/api/calls")
class CallController {

    private final CallService calls;

    CallController(CallService calls) {
        this.calls = calls;
    }

    @GetMapping("/{id}")
    CallResponse get(@PathVariable String id) {
        return CallResponse.of(calls.get(id));
    }
}

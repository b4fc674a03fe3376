package org.coopsuite.funding.call.web;

import org.coopsuite.funding.call.CallProjection;
import org.coopsuite.funding.call.CallView;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.projection.Projector;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** This service's projection of calls, for dashboards. */
@RestController
@RequestMapping("/api/calls")
class CallViewController {

    private final Projector projector;
    private final CallProjection calls;

    CallViewController(Projector projector, CallProjection calls) {
        this.projector = projector;
        this.calls = calls;
    }

    @GetMapping("/{id}")
    CallView get(@PathVariable String id) {
        return projector.find(calls, id).orElseThrow(() -> new NotFoundException("Call", id));
    }
}

package org.coopsuite.call.funding.web;

import org.coopsuite.call.funding.FundingProjection;
import org.coopsuite.call.funding.FundingView;
import org.coopsuite.platform.query.ViewQueries;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** What call-service knows of a call's co-funding: whether it is secured and each side's budget. */
@RestController
class FundingController {

    private final ViewQueries views;
    private final FundingProjection projection;

    FundingController(ViewQueries views, FundingProjection projection) {
        this.views = views;
        this.projection = projection;
    }

    /** 404 until funding-service has said anything about the call's agreement. */
    @GetMapping("/api/calls/{id}/funding")
    FundingView funding(@PathVariable String id) {
        return views.byId("Funding of call", projection, id);
    }
}

package org.coopsuite.funding.ledger.web;

import org.coopsuite.funding.ledger.LedgerReport;
import org.coopsuite.funding.ledger.LedgerViews;
import org.coopsuite.platform.query.Paging;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The ledger for dashboards: entries per agreement and side, a page at a time in the platform's
 * envelope, with the totals of every matching entry per side and per area beside it.
 */
@RestController
@RequestMapping("/api/ledger")
class LedgerController {

    private final LedgerViews ledgers;

    LedgerController(LedgerViews ledgers) {
        this.ledgers = ledgers;
    }

    @GetMapping
    LedgerResponse report(@RequestParam(required = false) String side, @RequestParam(required = false) String area,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = Paging.DEFAULT_SIZE) int size) {
        Paging paging = Paging.of(page, size);
        return LedgerResponse.of(LedgerReport.of(ledgers.all(area, state), side, paging.page(), paging.size()), paging);
    }
}

package org.coopsuite.funding.ledger.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.coopsuite.funding.ledger.LedgerReport;
import org.coopsuite.funding.ledger.SideLedger;
import org.coopsuite.platform.query.PageOf;
import org.coopsuite.platform.query.Paging;

/**
 * The ledger as the API shows it: amounts as exact decimal strings with their currency; its page
 * of entries in the platform's envelope ({@code items, page, size, totalItems, totalPages}, at the
 * top level), the totals of every matching entry beside it.
 */
record LedgerResponse(@JsonUnwrapped PageOf<EntryView> entries, Map<String, Amounts> perSide,
        Map<String, Map<String, Amounts>> perArea) {

    record Amounts(String currency, String indicative, String committed, String allocated, String remaining,
            int openShortfalls) {

        static Amounts of(SideLedger ledger) {
            return new Amounts(ledger.currency(), plain(ledger.indicative()), plain(ledger.committed()),
                    plain(ledger.allocated()), plain(ledger.remaining()), ledger.openShortfalls());
        }

        private static String plain(BigDecimal amount) {
            return amount.toPlainString();
        }
    }

    /** Under a pooled mechanism, the agreement's pool in its currency; null otherwise. */
    record PoolView(String currency, String pledged, String spent, String remaining) {

        static PoolView of(LedgerReport.Pool pool) {
            return pool == null ? null : new PoolView(pool.currency(), pool.pledged().toPlainString(),
                    pool.spent().toPlainString(), pool.pledged().subtract(pool.spent()).toPlainString());
        }
    }

    record EntryView(String agreementId, String callId, String state, List<String> strategicAreas, String side,
            Amounts amounts, PoolView pool) {
    }

    static LedgerResponse of(LedgerReport report, Paging paging) {
        Map<String, Map<String, Amounts>> perArea = new LinkedHashMap<>();
        report.perArea().forEach((area, sides) -> perArea.put(area, amounts(sides)));
        List<EntryView> entries = report.entries().stream().map(e -> new EntryView(e.agreementId(), e.callId(), e.state(),
                e.strategicAreas(), e.side(), Amounts.of(e.ledger()), PoolView.of(e.pool()))).toList();
        return new LedgerResponse(PageOf.of(entries, paging, report.totalEntries()), amounts(report.perSide()), perArea);
    }

    private static Map<String, Amounts> amounts(Map<String, SideLedger> sides) {
        Map<String, Amounts> amounts = new LinkedHashMap<>();
        sides.forEach((side, ledger) -> amounts.put(side, Amounts.of(ledger)));
        return amounts;
    }
}

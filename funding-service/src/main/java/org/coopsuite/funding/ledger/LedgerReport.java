package org.coopsuite.funding.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the dashboards read: one page of ledger entries (per agreement and side), and the totals
 * of every matching entry per side and per strategic area and side. Totals are per side because
 * each side counts in its own currency; an agreement in two areas counts in both.
 *
 * @param totalEntries how many entries match, over all pages
 */
public record LedgerReport(int page, int size, long totalEntries, List<Entry> entries, Map<String, SideLedger> perSide,
        Map<String, Map<String, SideLedger>> perArea) {

    /**
     * One side's ledger in one agreement.
     *
     * @param pool under a pooled mechanism, the agreement's pool; null otherwise
     */
    public record Entry(String agreementId, String callId, String state, List<String> strategicAreas, String side,
            SideLedger ledger, Pool pool) {
    }

    /** An agreement's pool, in its currency: what the sides pledged into it and what it paid. */
    public record Pool(String currency, BigDecimal pledged, BigDecimal spent) {

        static Pool of(LedgerView view) {
            PoolLedger pool = view.getPool();
            return pool == null ? null : new Pool(pool.agreementCurrency(), pool.pooledIn(view.getSides()), pool.spent());
        }
    }

    /** @param side null for every side */
    public static LedgerReport of(List<LedgerView> views, String side, int page, int size) {
        List<Entry> entries = new ArrayList<>();
        views.stream().sorted(Comparator.comparing(LedgerView::getId)).forEach(view -> view.getSides().entrySet().stream()
                .filter(s -> side == null || s.getKey().equals(side)).sorted(Map.Entry.comparingByKey())
                .forEach(s -> entries.add(new Entry(view.getId(), view.getCallId(), view.getState(),
                        view.getStrategicAreas(), s.getKey(), s.getValue(), Pool.of(view)))));
        Map<String, SideLedger> perSide = new TreeMap<>();
        Map<String, Map<String, SideLedger>> perArea = new TreeMap<>();
        for (Entry entry : entries) {
            perSide.merge(entry.side(), entry.ledger(), SideLedger::plus);
            entry.strategicAreas().forEach(area -> perArea.computeIfAbsent(area, a -> new TreeMap<>())
                    .merge(entry.side(), entry.ledger(), SideLedger::plus));
        }
        int from = (int) Math.min((long) page * size, entries.size());
        int to = Math.min(from + size, entries.size());
        return new LedgerReport(page, size, entries.size(), List.copyOf(entries.subList(from, to)), perSide, perArea);
    }
}

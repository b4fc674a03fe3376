package org.coopsuite.funding.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LedgerReportTest {

    @Test
    void totalsEveryMatchingEntryPerSideAndPerAreaWhilePagingTheEntries() {
        LedgerView a = view("a", List.of("CLIMATE_CHANGE"), "100.00", "60.00", "5000", "1000");
        LedgerView b = view("b", List.of("CLIMATE_CHANGE", "SMART_CITIES"), "10.50", "0.50", "7", "7");

        LedgerReport first = LedgerReport.of(List.of(b, a), null, 0, 3);

        assertThat(first.totalEntries()).isEqualTo(4);
        assertThat(first.entries()).extracting(e -> e.agreementId() + " " + e.side()).containsExactly("a EU", "a JP", "b EU");
        assertThat(first.perSide().get("EU").committed()).isEqualByComparingTo("110.50");
        assertThat(first.perSide().get("EU").remaining()).isEqualByComparingTo("50.00");
        assertThat(first.perSide().get("JP").allocated()).isEqualByComparingTo("1007");
        assertThat(first.perArea().get("CLIMATE_CHANGE").get("JP").committed()).isEqualByComparingTo("5007");
        assertThat(first.perArea().get("SMART_CITIES").get("EU").allocated()).isEqualByComparingTo("0.50");
        assertThat(LedgerReport.of(List.of(a, b), null, 1, 3).entries()).extracting(LedgerReport.Entry::agreementId)
                .containsExactly("b");
        assertThat(LedgerReport.of(List.of(a, b), "JP", 0, 10).perSide()).containsOnlyKeys("JP");
        assertThat(LedgerReport.of(List.of(a, b), null, 5, 10).entries()).isEmpty();
    }

    private static LedgerView view(String id, List<String> areas, String euCommitted, String euAllocated,
            String jpCommitted, String jpAllocated) {
        LedgerView view = new LedgerView(id);
        view.opened("call-" + id, areas, Map.of("EU", SideLedger.opened("EUR", new BigDecimal("100.00")),
                "JP", SideLedger.opened("JPY", new BigDecimal("5000"))), "VIRTUAL_COMMON_POT");
        view.committed("EU", new BigDecimal(euCommitted));
        view.allocated("EU", new BigDecimal(euAllocated));
        view.committed("JP", new BigDecimal(jpCommitted));
        view.allocated("JP", new BigDecimal(jpAllocated));
        return view;
    }
}

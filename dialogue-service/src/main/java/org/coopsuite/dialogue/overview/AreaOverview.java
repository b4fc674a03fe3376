package org.coopsuite.dialogue.overview;

import java.util.Map;

import org.coopsuite.platform.domain.Money;

/**
 * What the cooperation did in one strategic area (or global challenge): its calls by state, their
 * proposals, the projects funded (those granted money, counted from the grants, so that they agree
 * with the allocated totals), the money per side (indicative, committed, allocated and the
 * climate-relevant share of the allocated), and the funding shortfalls still open.
 */
record AreaOverview(Map<String, Long> callsByState, long proposalsSubmitted, long proposalsSelected,
        long projectsFunded, long openShortfalls, Map<String, Money> indicative, Map<String, Money> committed, Map<String, Money> allocated,
        Map<String, Money> climateRelevant) {
}

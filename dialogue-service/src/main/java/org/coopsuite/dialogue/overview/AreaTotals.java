package org.coopsuite.dialogue.overview;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Adds up call overviews per strategic area, and per global challenge. A call in two areas counts
 * in both, as it serves both: the areas' figures are not meant to be added up across areas.
 */
final class AreaTotals {

    private AreaTotals() {
    }

    static Map<String, AreaOverview> perArea(Collection<CallOverview> calls) {
        Map<String, AreaOverview> areas = new TreeMap<>();
        calls.stream().flatMap(call -> call.getStrategicAreas().stream()).distinct()
                .forEach(area -> areas.put(area, of(calls.stream().filter(c -> c.getStrategicAreas().contains(area)).toList())));
        return areas;
    }

    /**
     * Adds up call overviews per global challenge, as {@link #perArea} does per strategic area: a
     * call that addresses two challenges counts in both.
     */
    static Map<String, AreaOverview> perChallenge(Collection<CallOverview> calls) {
        Map<String, AreaOverview> challenges = new TreeMap<>();
        calls.stream().flatMap(call -> call.getGlobalChallenges().stream()).distinct()
                .forEach(challenge -> challenges.put(challenge,
                        of(calls.stream().filter(c -> c.getGlobalChallenges().contains(challenge)).toList())));
        return challenges;
    }

    static AreaOverview of(List<CallOverview> calls) {
        SideTotals indicative = new SideTotals();
        SideTotals committed = new SideTotals();
        SideTotals allocated = new SideTotals();
        SideTotals climate = new SideTotals();
        for (CallOverview call : calls) {
            indicative.addAll(call.getIndicative());
            committed.addAll(call.getCommitted());
            allocated.addAll(call.getAllocated());
            call.getAllocated().keySet().forEach(side -> climate.add(side, call.climateRelevant(side)));
        }
        Map<String, Long> byState = calls.stream().filter(call -> call.getState() != null)
                .collect(Collectors.groupingBy(CallOverview::getState, TreeMap::new, Collectors.counting()));
        return new AreaOverview(byState, calls.stream().mapToLong(c -> c.getProposals().size()).sum(),
                calls.stream().mapToLong(c -> c.getSelected().size()).sum(),
                calls.stream().mapToLong(c -> c.getFunded().size()).sum(),
                calls.stream().mapToLong(c -> c.getOpenShortfalls().size()).sum(),
                indicative.asMap(), committed.asMap(), allocated.asMap(), climate.asMap());
    }
}

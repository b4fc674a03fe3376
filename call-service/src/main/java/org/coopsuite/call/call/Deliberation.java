package org.coopsuite.call.call;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.coopsuite.platform.domain.Money;

/**
 * What the panel and the sides have decided on a call's ranking before its results are
 * published: the panel's order of tied proposals; for a joint call the proposed results and the
 * approvals of the sides; for a coordinated call each side's selection.
 *
 * @param panel the call's panel, null until it is appointed (its evaluation starts only with one)
 * @param proposed the proposed main list and reserve, best first (empty when nothing is proposed)
 * @param approvals per side, who approved the proposed results
 * @param sideSelections per side of a coordinated call, the proposals it selects
 */
public record Deliberation(Panel panel, List<String> tieOrder, String tieNote, List<ResultEntry> proposed,
        List<String> proposedRejected, Map<String, Money> proposedSelectedPerSide, Map<String, String> approvals,
        Map<String, List<String>> sideSelections) {

    static final Deliberation NONE = new Deliberation(null, List.of(), null, List.of(), List.of(), Map.of(), Map.of(), Map.of());

    public Deliberation {
        tieOrder = List.copyOf(tieOrder);
        proposed = List.copyOf(proposed);
        proposedRejected = List.copyOf(proposedRejected);
        proposedSelectedPerSide = Map.copyOf(proposedSelectedPerSide);
        approvals = Map.copyOf(approvals);
        sideSelections = Map.copyOf(sideSelections);
    }

    Deliberation withPanel(Panel appointed) {
        return new Deliberation(appointed, tieOrder, tieNote, proposed, proposedRejected, proposedSelectedPerSide, approvals,
                sideSelections);
    }

    Deliberation withTies(List<String> order, String note) {
        return new Deliberation(panel, order, note, proposed, proposedRejected, proposedSelectedPerSide, approvals, sideSelections);
    }

    Deliberation withProposed(CallResults results) {
        return new Deliberation(panel, tieOrder, tieNote, CallEvents.entries(results), results.rejected(),
                results.selectedPerSide(), Map.of(), sideSelections);
    }

    /** Back to the panel: nothing proposed, no approval stands. */
    Deliberation returned() {
        return new Deliberation(panel, tieOrder, tieNote, List.of(), List.of(), Map.of(), Map.of(), sideSelections);
    }

    Deliberation withApproval(String side, String by) {
        Map<String, String> more = new TreeMap<>(approvals);
        more.put(side, by);
        return new Deliberation(panel, tieOrder, tieNote, proposed, proposedRejected, proposedSelectedPerSide, more, sideSelections);
    }

    Deliberation withSideSelection(String side, List<String> selected) {
        Map<String, List<String>> more = new TreeMap<>(sideSelections);
        more.put(side, List.copyOf(selected));
        return new Deliberation(panel, tieOrder, tieNote, proposed, proposedRejected, proposedSelectedPerSide, approvals, more);
    }
}

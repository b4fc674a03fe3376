package org.coopsuite.funding.call;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.View;

/**
 * What co-funding needs to know of a call, from the call's events: where it stands, which sides
 * take part, in which strategic areas, and each side's indicative budget.
 */
public class CallView extends View {

    private String state;
    private List<String> participatingSides = List.of();
    private List<String> strategicAreas = List.of();
    private Map<String, Money> indicativeBudget = Map.of();

    CallView() {
    }

    CallView(String id) {
        super(id);
    }

    public String getState() {
        return state;
    }

    public List<String> getParticipatingSides() {
        return participatingSides;
    }

    public List<String> getStrategicAreas() {
        return strategicAreas;
    }

    public Map<String, Money> getIndicativeBudget() {
        return indicativeBudget;
    }

    void drafted(List<String> sides, List<String> areas, Map<String, Money> budget) {
        this.state = "DRAFT";
        this.participatingSides = List.copyOf(sides);
        this.strategicAreas = List.copyOf(areas);
        this.indicativeBudget = Map.copyOf(budget);
    }
}

package org.coopsuite.platform.projection;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;

/**
 * A service's view of one call, kept by a {@link CallStateProjection} from the call's own events:
 * the state the call is in now, its strategic areas and each side's indicative budget. A service
 * adds the fields it needs besides in its subclass.
 */
public abstract class CallStateView extends View {

    private String state;
    private List<String> strategicAreas = List.of();
    private Map<String, Money> indicativeBudget = Map.of();

    protected CallStateView() {
    }

    protected CallStateView(String id) {
        super(id);
    }

    /** The call's state after the last of its events applied, e.g. {@code RESULTS_PUBLISHED}. */
    public String getState() {
        return state;
    }

    public List<String> getStrategicAreas() {
        return strategicAreas;
    }

    public Map<String, Money> getIndicativeBudget() {
        return indicativeBudget;
    }

    void moved(String newState) {
        this.state = newState;
    }

    /** An event that carries them gives the areas and the budget as they stand after it. */
    void described(List<String> areas, Map<String, Money> budget) {
        this.strategicAreas = List.copyOf(areas);
        this.indicativeBudget = Map.copyOf(budget);
    }
}

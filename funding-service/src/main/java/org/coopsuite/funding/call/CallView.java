package org.coopsuite.funding.call;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.projection.View;

/** What funding-service knows of a call, from the call's events. */
public class CallView extends View {

    private String title;
    private String modality;
    private String state;
    private List<String> participatingSides = List.of();
    private List<String> strategicAreas = List.of();
    /** Indicative budget per side, as exact decimal strings with their currency. */
    private Map<String, String> indicativeBudget = Map.of();

    CallView() {
    }

    CallView(String id) {
        super(id);
    }

    public String getTitle() {
        return title;
    }

    public String getModality() {
        return modality;
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

    public Map<String, String> getIndicativeBudget() {
        return indicativeBudget;
    }

    void drafted(String title, String modality, List<String> sides, List<String> areas, Map<String, String> budget) {
        this.title = title;
        this.modality = modality;
        this.state = "DRAFT";
        this.participatingSides = List.copyOf(sides);
        this.strategicAreas = List.copyOf(areas);
        this.indicativeBudget = Map.copyOf(budget);
    }
}

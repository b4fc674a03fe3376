package org.coopsuite.dialogue.call;

import java.util.List;
import java.util.Map;

import org.coopsuite.platform.domain.Money;
import org.coopsuite.platform.projection.View;

/**
 * What the dialogues follow of a call, from the call's events: its title and modality for
 * agendas, its state, strategic areas and indicative budget for the cooperation overview.
 */
public class CallView extends View {

    private String title;
    private String modality;
    private String state;
    private List<String> strategicAreas = List.of();
    private Map<String, Money> indicativeBudget = Map.of();

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

    public List<String> getStrategicAreas() {
        return strategicAreas;
    }

    public Map<String, Money> getIndicativeBudget() {
        return indicativeBudget;
    }

    void drafted(String title, String modality, List<String> areas, Map<String, Money> budget) {
        this.title = title;
        this.modality = modality;
        this.state = "DRAFT";
        this.strategicAreas = List.copyOf(areas);
        this.indicativeBudget = Map.copyOf(budget);
    }
}

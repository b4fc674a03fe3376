package org.coopsuite.dialogue.call;

import org.coopsuite.platform.projection.CallStateView;

/**
 * What the dialogues follow of a call, from the call's events: its title and modality, besides the
 * state it is in now, its strategic areas and indicative budget (the platform's {@link CallStateView}).
 */
public class CallView extends CallStateView {

    private String title;
    private String modality;

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

    void named(String newTitle, String newModality) {
        this.title = newTitle;
        this.modality = newModality;
    }
}

package org.coopsuite.funding.call;

import java.util.List;

import org.coopsuite.platform.projection.CallStateView;

/**
 * What co-funding needs to know of a call, from the call's events: the state it is in now, its
 * strategic areas and each side's indicative budget (the platform's {@link CallStateView}), and
 * which sides take part.
 */
public class CallView extends CallStateView {

    private List<String> participatingSides = List.of();

    CallView() {
    }

    CallView(String id) {
        super(id);
    }

    public List<String> getParticipatingSides() {
        return participatingSides;
    }

    void takingPart(List<String> sides) {
        this.participatingSides = List.copyOf(sides);
    }
}

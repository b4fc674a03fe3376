package org.coopsuite.bench.projection.platform;

import java.math.BigDecimal;

import org.coopsuite.platform.projection.View;

/** What the platform path keeps per agreement, in the same fields as the plain paths' tallies. */
public class CommitmentView extends View {

    private long events;
    private String committed = "0";

    CommitmentView() {
    }

    CommitmentView(String id) {
        super(id);
    }

    public long getEvents() {
        return events;
    }

    public String getCommitted() {
        return committed;
    }

    void committed(BigDecimal amount) {
        events++;
        committed = new BigDecimal(committed).add(amount).toPlainString();
    }
}

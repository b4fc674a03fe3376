package org.coopsuite.platform.projection;

import java.util.HashMap;
import java.util.Map;

import org.springframework.data.annotation.Id;

/**
 * A projection document: what a service knows of other aggregates, built from their events.
 * It records the last applied version of each source aggregate, which makes applying an
 * event idempotent, and a revision that guards its writes against a concurrent writer.
 */
public abstract class View {

    @Id
    private String id;
    private long revision;
    private Map<String, Long> appliedVersions = new HashMap<>();

    protected View() {
    }

    protected View(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public long getRevision() {
        return revision;
    }

    void setRevision(long revision) {
        this.revision = revision;
    }

    /** The last applied version of each source aggregate, by aggregate id. */
    public Map<String, Long> getAppliedVersions() {
        return appliedVersions;
    }

    long appliedVersion(String aggregateId) {
        return appliedVersions.getOrDefault(aggregateId, 0L);
    }

    void applied(String aggregateId, long version) {
        appliedVersions.put(aggregateId, version);
    }
}

package org.coopsuite.platform.projection;

import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.data.annotation.Id;

/**
 * A projection document: what a service knows of other aggregates, built from their events.
 * It records the last applied version of each source aggregate, which makes applying an
 * event idempotent, the id of the event that version came from, which tells a redelivery of
 * it from another event at the same version (a divergence, see {@link Projector}), and a
 * revision that guards its writes against a concurrent writer.
 *
 * <p>Both are the projection's bookkeeping, not what the view says: JSON never shows them (an API
 * that answers a view answers its domain fields only). The stored document keeps them, as Spring
 * Data MongoDB maps the fields, not these getters.
 */
public abstract class View {

    @Id
    private String id;
    private long revision;
    private Map<String, Long> appliedVersions = new HashMap<>();
    private Map<String, String> appliedEventIds = new HashMap<>();

    protected View() {
    }

    protected View(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    @JsonIgnore
    public long getRevision() {
        return revision;
    }

    void setRevision(long revision) {
        this.revision = revision;
    }

    /** The last applied version of each source aggregate, by aggregate id. */
    @JsonIgnore
    public Map<String, Long> getAppliedVersions() {
        return appliedVersions;
    }

    /**
     * The id of the event each source aggregate's last applied version came from, by aggregate
     * id; a view written before it was kept has none for its aggregates.
     */
    @JsonIgnore
    public Map<String, String> getAppliedEventIds() {
        return appliedEventIds;
    }

    long appliedVersion(String aggregateId) {
        return appliedVersions.getOrDefault(aggregateId, 0L);
    }

    /** The id of the event the last applied version of the aggregate came from, or null when not known. */
    String appliedEventId(String aggregateId) {
        return appliedEventIds == null ? null : appliedEventIds.get(aggregateId);
    }

    void applied(String aggregateId, long version, String eventId) {
        appliedVersions.put(aggregateId, version);
        if (appliedEventIds == null) {
            appliedEventIds = new HashMap<>();
        }
        appliedEventIds.put(aggregateId, eventId);
    }
}

package org.coopsuite.platform.projection;

/**
 * An event at a version of its aggregate that the view already applied from another event: the
 * log holds two facts for one version (e.g. the owner lost a write and reused its version), so
 * the view no longer says what the aggregate's events say. It fails the same way at every
 * attempt, so its sequence is parked with this reason; it is never skipped as a duplicate.
 */
public class DivergentEventException extends RuntimeException {

    DivergentEventException(String projection, String aggregateType, String aggregateId, long version,
            String appliedEventId, String eventId) {
        super("Divergent event in " + projection + ": " + aggregateType + " " + aggregateId + " version " + version
                + " was applied from event " + appliedEventId + ", event " + eventId + " has the same version");
    }
}

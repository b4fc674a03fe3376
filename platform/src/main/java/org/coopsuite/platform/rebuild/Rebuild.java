package org.coopsuite.platform.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild of a projection stands, as operators see it ({@code ./coop rebuild}): how many
 * of the events its topics held at its start it has read, how fast, and how it ended: swapped
 * in, or for a dry run the views that differ from the live ones.
 *
 * @param totalAtStart the records the projection's topics held when the rebuild started
 * @param eventsRead the records read so far, those that came after the start included
 * @param heldBack aggregates whose event failed in the rebuild: their later events were not applied either, as
 *        the live consumer parks such a sequence
 * @param firstFailure the reason of the first such failure, or null
 * @param differenceCount for a dry run: the views that differ (only the first ones are listed)
 */
public record Rebuild(String id, String collection, List<String> topics, boolean dryRun, State state,
        long totalAtStart, long eventsRead, double eventsPerSecond, Instant startedAt, Instant finishedAt,
        long undecodable, int heldBack, String firstFailure, long differenceCount, List<ViewDifference> differences,
        String error) {

    /** The stages of a rebuild; the last three are final. */
    public enum State {
        /** reading the topics into the shadow collection */
        RUNNING,
        /** caught up: the live binding paused, the last events read, the shadow renamed over the live collection */
        SWAPPING,
        /** the rebuilt projection is live */
        SWAPPED,
        /** a dry run: compared with the live projection, the shadow dropped */
        COMPARED,
        /** cancelled by an operator; the live projection untouched, the shadow dropped */
        CANCELLED,
        /** failed (see {@code error}); the live projection untouched unless the swap had begun */
        FAILED;

        public boolean done() {
            return this == SWAPPED || this == COMPARED || this == CANCELLED || this == FAILED;
        }
    }

    /**
     * One view that differs between the rebuilt and the live projection.
     *
     * @param fields the stored fields whose values differ (not {@code revision}); empty when the view is on one
     *        side only
     */
    public record ViewDifference(String id, Kind kind, List<String> fields) {
    }

    /** How a view differs. */
    public enum Kind { DIFFERENT, ONLY_LIVE, ONLY_REBUILT }
}

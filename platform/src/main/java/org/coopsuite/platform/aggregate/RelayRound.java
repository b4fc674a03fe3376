package org.coopsuite.platform.aggregate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One round over many outboxes of a collection, so that its cost (three MongoDB round trips and
 * one wait for the broker; one round trip for new aggregates) is shared by every write that came
 * in meanwhile: claim the outboxes in one bulk write and read what was claimed with each one's
 * version ({@link RelayClaims}), send every event and wait for all the acknowledgements together,
 * then remove exactly those events, free the outbox and unmark it in one bulk write guarded by the
 * version read. An aggregate written meanwhile fails that guard: only then does the round read
 * again and free those outboxes keeping their mark, for the next round.
 *
 * <p>The settling write is guarded by the version alone, not the lease: it needs an index on
 * exactly its fields on the local stack's server, and an unchanged version means no event was
 * appended, so at worst a holder whose lease expired frees a taker's lease early, which again can
 * only send an event twice.
 */
final class RelayRound {

    private static final Logger log = LoggerFactory.getLogger(RelayRound.class);

    private final RelayClaims claims;
    private final EventPublisher publisher;
    private final OutboxMetrics metrics;

    RelayRound(RelayClaims claims, EventPublisher publisher, OutboxMetrics metrics) {
        this.claims = claims;
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /**
     * Publishes everything pending in these outboxes, except those another relay holds.
     *
     * @param held outboxes of these ids inserted held by this relay
     * @return the ids of the outboxes this round published from that have grown since
     */
    List<String> run(OutboxDocuments documents, Collection<String> ids, List<HeldOutbox> held) {
        List<HeldOutbox> claimed = claims.claim(documents, ids, held);
        if (claimed.isEmpty()) {
            return List.of();
        }
        List<OutboxEntry> entries = claimed.stream().flatMap(outbox -> outbox.entries().stream()).toList();
        try {
            publisher.publish(entries);
        } catch (RuntimeException e) {
            documents.release(claimed, false);
            throw e;
        }
        metrics.published(documents.collection(), entries.size());
        return settle(documents, claimed);
    }

    /**
     * Removes the published events, frees the outboxes and unmarks them, each guarded by the
     * version it was claimed at. Those a write appended to meanwhile fail that guard; they are
     * freed keeping their mark, while this round still holds them.
     *
     * @return the ids of those: events were appended while they were held
     */
    private List<String> settle(OutboxDocuments documents, List<HeldOutbox> claimed) {
        long settled = documents.settle(claimed);
        if (settled == claimed.size()) {
            return List.of();
        }
        Map<String, Hold> holds = new LinkedHashMap<>();
        claimed.forEach(outbox -> holds.put(outbox.id(), outbox.hold()));
        Set<String> stillHeld = documents.stillHeld(holds);
        List<HeldOutbox> grown = claimed.stream().filter(outbox -> stillHeld.contains(outbox.id())).toList();
        long released = grown.isEmpty() ? 0 : documents.release(grown, true);
        if (settled + released < claimed.size()) {
            log.warn("Leases on {} outboxes of {} expired while publishing; their events may go out twice",
                    claimed.size() - settled - released, documents.collection());
        }
        return grown.stream().map(HeldOutbox::id).toList();
    }
}

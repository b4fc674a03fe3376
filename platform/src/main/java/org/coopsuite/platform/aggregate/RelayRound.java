package org.coopsuite.platform.aggregate;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * version read. An outbox that did not go out is freed with its events, and holds back no other. An aggregate written meanwhile fails that guard: only then does the round read
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
    private final int quarantineAfter;

    /** @param quarantineAfter failed rounds in a row, for a lasting reason, after which an outbox is quarantined */
    RelayRound(RelayClaims claims, EventPublisher publisher, OutboxMetrics metrics, int quarantineAfter) {
        this.claims = claims;
        this.publisher = publisher;
        this.metrics = metrics;
        this.quarantineAfter = quarantineAfter;
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
        Map<String, Exception> failures = publisher.publishEach(claimed);
        if (!failures.isEmpty()) {
            notPublished(documents, claimed.stream().filter(outbox -> failures.containsKey(outbox.id())).toList(),
                    failures);
        }
        List<HeldOutbox> published = claimed.stream().filter(outbox -> !failures.containsKey(outbox.id())).toList();
        if (published.isEmpty()) {
            return List.of();
        }
        metrics.published(documents.collection(), published.stream().mapToInt(outbox -> outbox.entries().size()).sum());
        return settle(documents, published);
    }

    /**
     * Frees the outboxes that did not go out, keeping their events, counting each failure; one the
     * broker refused for a reason that does not pass ({@link PublishFailures#lasting}) as often as
     * the limit allows is quarantined: held for ever, with its reason, until an operator frees it.
     * Its aggregate's later events wait behind it; no other outbox does.
     */
    private void notPublished(OutboxDocuments documents, List<HeldOutbox> failed, Map<String, Exception> failures) {
        Map<String, String> reasons = new LinkedHashMap<>();
        Set<String> quarantined = new LinkedHashSet<>();
        for (HeldOutbox outbox : failed) {
            Exception failure = failures.get(outbox.id());
            reasons.put(outbox.id(), PublishFailures.reason(failure));
            if (PublishFailures.lasting(failure) && outbox.failures() + 1 >= quarantineAfter) {
                quarantined.add(outbox.id());
                log.error("Quarantined the outbox of {}/{} after {} failed rounds ({}); its events stay in the outbox, "
                        + "the aggregate's later events behind them; once the cause is removed, set its relayLease "
                        + "to 0 and the sweep publishes them", documents.collection(), outbox.id(), outbox.failures() + 1,
                        reasons.get(outbox.id()));
            } else {
                log.warn("Could not publish the outbox of {}/{} (round {} in a row): {}", documents.collection(),
                        outbox.id(), outbox.failures() + 1, reasons.get(outbox.id()));
            }
        }
        documents.failed(failed, reasons, quarantined);
        metrics.failed();
        quarantined.forEach(id -> metrics.quarantined(documents.collection()));
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

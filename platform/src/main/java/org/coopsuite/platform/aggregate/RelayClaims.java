package org.coopsuite.platform.aggregate;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Claims and leases: which outboxes a round may publish. Several instances may relay the same
 * collection: a round claims an outbox by moving its lease (an expiry time, 0 when free) with a
 * write guarded by the lease it expects, and marks it with its own claim; only one such write can
 * succeed. A holder that dies leaves a lease that expires, and the next round that meets it takes
 * over (then, and only then, an event can go twice).
 *
 * <p>A new aggregate is inserted already held ({@link #newHold()}): the round publishes it as it
 * was written, without claiming it, while at least half of that lease is left, and otherwise
 * claims it anew from that lease like any other.
 */
final class RelayClaims {

    private final Clock clock;
    private final Duration lease;
    /** Tells this relay's holds from any other's: its own id and a sequence. */
    private final String relayId = UUID.randomUUID().toString();
    private final AtomicLong holds = new AtomicLong();

    RelayClaims(Clock clock, Duration lease) {
        this.clock = clock;
        this.lease = lease;
    }

    /** A new hold of this relay, for a round's claims or a new aggregate's insert. */
    Hold newHold() {
        return new Hold(clock.millis() + lease.toMillis(), relayId + "-" + holds.incrementAndGet());
    }

    /**
     * The outboxes a round holds of these: those inserted held by this relay that it takes as they
     * are, those it claims (their lease free or the one they were inserted with), and those whose
     * holder's lease expired; not those another live holder has.
     *
     * @param held outboxes of these ids inserted held by this relay
     */
    List<HeldOutbox> claim(OutboxDocuments documents, Collection<String> ids, List<HeldOutbox> held) {
        Hold round = newHold();
        Map<String, Long> expected = new LinkedHashMap<>();
        ids.forEach(id -> expected.put(id, 0L));
        List<HeldOutbox> claimed = new ArrayList<>();
        for (HeldOutbox outbox : held) {
            if (outbox.hold().lease() - clock.millis() >= lease.toMillis() / 2) {
                claimed.add(outbox);
                expected.remove(outbox.id());
            } else {
                expected.put(outbox.id(), outbox.hold().lease());
            }
        }
        claimed.addAll(claim(documents, expected, round));
        Map<String, Long> expired = expiredLeases(documents, expected.keySet(), claimed);
        if (!expired.isEmpty()) {
            claimed.addAll(claim(documents, expired, round));
        }
        return claimed;
    }

    /**
     * Claims each outbox whose lease is still the one expected, and reads the claimed ones: as
     * they are once claimed, never an older read of them (another relay may have published and
     * released them since).
     */
    private List<HeldOutbox> claim(OutboxDocuments documents, Map<String, Long> expectedLeases, Hold round) {
        if (expectedLeases.isEmpty() || !documents.claim(expectedLeases, round)) {
            return List.of();
        }
        return documents.heldBy(expectedLeases.keySet(), round);
    }

    /** The leases of the outboxes not claimed that may hold something, under a holder that has died. */
    private Map<String, Long> expiredLeases(OutboxDocuments documents, Collection<String> ids,
            List<HeldOutbox> claimed) {
        Set<String> others = new LinkedHashSet<>(ids);
        claimed.forEach(outbox -> others.remove(outbox.id()));
        Map<String, Long> expired = new LinkedHashMap<>();
        if (others.isEmpty()) {
            return expired;
        }
        long now = clock.millis();
        documents.pendingLeases(others).forEach((id, heldUntil) -> {
            if (heldUntil != 0 && heldUntil <= now) {
                expired.put(id, heldUntil);
            }
        });
        return expired;
    }
}

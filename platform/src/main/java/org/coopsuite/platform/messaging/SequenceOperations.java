package org.coopsuite.platform.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.domain.IllegalTransitionException;
import org.coopsuite.platform.domain.InvalidCommandException;
import org.coopsuite.platform.domain.NotFoundException;
import org.coopsuite.platform.messaging.ParkedSequence.State;
import org.coopsuite.schemas.codec.EventCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an operator does with a parked sequence. A retry takes the sequence (a claim guarded by
 * its revision, so that of two instances only one applies it), applies its events in order,
 * one at a time, through the function of the group's binding of the topic (the same projections
 * and reactions), then moves it to the history; events parked behind it meanwhile are applied
 * too before it goes. An event that fails parks the rest again with the new reason. An
 * eviction needs the operator's reason and keeps the sequence in the history with who, when, why.
 */
public class SequenceOperations {

    private static final Logger log = LoggerFactory.getLogger(SequenceOperations.class);
    private static final String SUBJECT = "Parked sequence";

    /** What a retry did: how many events it applied, and whether the sequence is parked again, why. */
    public record RetryOutcome(String id, int applied, boolean parkedAgain, String reason) {
    }

    private final ParkedSequences store;
    private final Parking parking;
    private final EventCodec codec;
    private final String instance;
    private final Duration lease;

    /**
     * @param instance names this instance in a claim
     * @param lease how long a claim holds if its instance stops half-way
     */
    public SequenceOperations(ParkedSequences store, Parking parking, EventCodec codec, String instance,
            Duration lease) {
        this.store = store;
        this.parking = parking;
        this.codec = codec;
        this.instance = instance;
        this.lease = lease;
    }

    /**
     * @throws NotFoundException (404) for an unknown id
     * @throws IllegalTransitionException (409) when it is no longer parked, or another retry holds it
     */
    public RetryOutcome retry(String id, String by) {
        ParkedSequence sequence = parked(id, "retry");
        return retry(sequence, by)
                .orElseThrow(() -> new IllegalTransitionException(SUBJECT, id, "RETRYING", "retry"));
    }

    /** Every parked sequence, oldest first. */
    public List<RetryOutcome> retryAll(String by) {
        return retryEach(store.allParked(), by);
    }

    /** The parked sequences whose last failure was transient (the scheduled retry's). */
    public List<RetryOutcome> retryTransient(String by) {
        return retryEach(store.allParked().stream().filter(ParkedSequence::transientCause).toList(), by);
    }

    /**
     * @throws InvalidCommandException (400) without a reason
     * @throws NotFoundException (404) for an unknown id
     * @throws IllegalTransitionException (409) when it is no longer parked, or a retry holds it
     */
    public ParkedSequence evict(String id, String by, String reason) {
        new InvalidCommandException.Collector().check(reason != null && !reason.isBlank(), "reason",
                "an eviction needs the operator's reason").throwIfAny();
        while (true) {
            ParkedSequence sequence = parked(id, "evict");
            if (store.heldByRetry(sequence)) {
                throw new IllegalTransitionException(SUBJECT, id, "RETRYING", "evict");
            }
            Optional<ParkedSequence> evicted = store.evict(sequence, by, reason.strip());
            if (evicted.isPresent()) {
                log.warn("Parked sequence {} ({} {} of {}, {} events) evicted by {}: {}", id, sequence.group(),
                        sequence.topic(), sequence.aggregateId(), sequence.events().size(), by, reason);
                return evicted.get();
            }
        }
    }

    private List<RetryOutcome> retryEach(List<ParkedSequence> sequences, String by) {
        List<RetryOutcome> outcomes = new ArrayList<>();
        for (ParkedSequence sequence : sequences) {
            outcomes.add(retry(sequence, by).orElse(
                    new RetryOutcome(sequence.id(), 0, true, "being retried by another instance")));
        }
        return outcomes;
    }

    private Optional<RetryOutcome> retry(ParkedSequence sequence, String by) {
        Optional<ParkedSequence> claim = store.claim(sequence, instance, lease);
        if (claim.isEmpty()) {
            return Optional.empty();
        }
        ParkedSequence claimed = claim.get();
        Optional<Consumer<List<SpecificRecord>>> handler = parking.handler(claimed.group(), claimed.topic());
        if (handler.isEmpty()) {
            store.release(claimed);
            return Optional.of(new RetryOutcome(claimed.id(), 0, true,
                    "no consumer of " + claimed.topic() + " in group " + claimed.group() + " runs here"));
        }
        int applied = 0;
        while (true) {
            for (; applied < claimed.events().size(); applied++) {
                try {
                    apply(handler.get(), claimed.events().get(applied));
                } catch (RuntimeException failed) {
                    store.parkAgain(claimed, applied, failed);
                    log.warn("Parked sequence {} retried by {}: {} applied, parked again: {}", claimed.id(), by,
                            applied, Failures.reason(failed));
                    return Optional.of(new RetryOutcome(claimed.id(), applied, true, Failures.reason(failed)));
                }
            }
            if (store.retried(claimed, by)) {
                log.info("Parked sequence {} ({} {} of {}) retried by {}: {} events applied", claimed.id(),
                        claimed.group(), claimed.topic(), claimed.aggregateId(), by, applied);
                return Optional.of(new RetryOutcome(claimed.id(), applied, false, null));
            }
            claimed = store.reread(claimed); // events were parked behind it meanwhile: apply them too
        }
    }

    private void apply(Consumer<List<SpecificRecord>> handler, ParkedEvent parked) {
        SpecificRecord event = codec.decode(parked.value());
        Map<String, String> headers = new HashMap<>();
        parked.headers().forEach(header -> headers.put(header.name(),
                new String(header.value(), StandardCharsets.UTF_8)));
        EventBatchConsumer.applyAlone(handler, event, headers);
    }

    private ParkedSequence parked(String id, String action) {
        ParkedSequence sequence = store.find(id).orElseThrow(() -> new NotFoundException(SUBJECT, id));
        if (sequence.state() != State.PARKED) {
            throw new IllegalTransitionException(SUBJECT, id, sequence.state(), action);
        }
        return sequence;
    }
}

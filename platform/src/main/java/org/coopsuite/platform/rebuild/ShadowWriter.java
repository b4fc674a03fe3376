package org.coopsuite.platform.rebuild;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coopsuite.platform.messaging.EventFailedException;
import org.coopsuite.platform.messaging.Failures;
import org.coopsuite.platform.messaging.ReferenceChecked;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.platform.projection.ProjectionConflictException;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a rebuild's polls to a projection, a poll in one {@link Projector#project} (one read,
 * one bulk write), as the live consumer does. What the live consumer would park is left out
 * here too: a record that cannot be decoded is skipped (counted), and an event the projection
 * refuses, or that names an unknown side (the live consumer's reference check), holds back its
 * aggregate's later events (counted, the first reason kept). A conflict
 * (another writer changed a view: only after the swap, on the live collection) is retried; the
 * batch then reads its views afresh and skips what was applied as duplicates.
 */
final class ShadowWriter {

    private static final Logger log = LoggerFactory.getLogger(ShadowWriter.class);
    private static final int CONFLICT_RETRIES = 50;

    private final EventCodec codec;
    private final Projector projector;
    private final EventReferences references;
    private final Set<String> heldBack = ConcurrentHashMap.newKeySet();
    private final AtomicLong undecodable = new AtomicLong();
    private volatile String firstFailure;

    ShadowWriter(EventCodec codec, Projector projector, EventReferences references) {
        this.codec = codec;
        this.projector = projector;
        this.references = references;
    }

    /** @return the records of the poll, all of them read whether applied or not */
    int apply(Projection<?> projection, List<ConsumerRecord<byte[], byte[]>> poll) {
        List<SpecificRecord> events = new ArrayList<>(poll.size());
        for (ConsumerRecord<byte[], byte[]> record : poll) {
            try {
                events.add(codec.decode(record.value()));
            } catch (EventDecodingException e) {
                undecodable.incrementAndGet();
            }
        }
        List<SpecificRecord> todo = notHeldBack(events);
        Consumer<List<SpecificRecord>> project = ReferenceChecked.handler(references,
                batch -> projector.project(projection, batch));
        int conflicts = 0;
        while (!todo.isEmpty()) {
            try {
                project.accept(todo);
                todo = List.of();
            } catch (EventFailedException e) {
                SpecificRecord failed = todo.get(e.index());
                String aggregate = EventCodec.meta(failed).getAggregateId();
                heldBack.add(aggregate);
                if (firstFailure == null) {
                    firstFailure = aggregate + ": " + Failures.reason(e.getCause());
                }
                log.warn("Rebuild of {}: {} holds back aggregate {}", projection.collection(), e.getMessage(), aggregate);
                todo = notHeldBack(todo.subList(e.index() + 1, todo.size()));
            } catch (ProjectionConflictException e) {
                if (++conflicts > CONFLICT_RETRIES) {
                    throw e;
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20L * conflicts));
            }
        }
        return poll.size();
    }

    private List<SpecificRecord> notHeldBack(List<SpecificRecord> events) {
        if (heldBack.isEmpty()) {
            return events;
        }
        return events.stream().filter(event -> !heldBack.contains(EventCodec.meta(event).getAggregateId())).toList();
    }

    long undecodable() {
        return undecodable.get();
    }

    int heldBack() {
        return heldBack.size();
    }

    String firstFailure() {
        return firstFailure;
    }
}

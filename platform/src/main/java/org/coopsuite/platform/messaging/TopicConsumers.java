package org.coopsuite.platform.messaging;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.reference.EventReferences;
import org.coopsuite.platform.tracing.TraceHeaders;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.messaging.Message;

/**
 * Builds the function behind one topic's binding from the {@link Subscription}s of every feature.
 * One function a topic, because two bindings in one consumer group on one topic would split its
 * partitions between them. The projections go first, each in one bulk write; then each event's
 * reactions, one event at a time. A reaction that fails redelivers the rest of the batch, which
 * the projections skip as duplicates and the reactions handle idempotently. A retried parked
 * sequence goes through the same function, one event at a time ({@link SequenceOperations}).
 * Every function built here first checks each event against the reference data
 * ({@link EventReferences}): an event naming an unknown side is never applied; its sequence is
 * parked with that reason, as any deterministic failure of an event is.
 */
public final class TopicConsumers {

    private final EventCodec codec;
    private final Projector projector;
    private final TraceHeaders tracing;
    private final Parking parking;
    private final EventReferences references;

    /**
     * @param parking holds back the events of parked sequences, and applies them when retried
     * @param references what every event must name only known sides of
     */
    public TopicConsumers(EventCodec codec, Projector projector, TraceHeaders tracing, Parking parking,
            EventReferences references) {
        this.codec = codec;
        this.projector = projector;
        this.tracing = tracing;
        this.parking = parking;
        this.references = references;
    }

    /**
     * The binding function of a topic: what every subscription to it does.
     *
     * @throws IllegalStateException when nothing subscribes to the topic
     */
    public Consumer<Message<List<byte[]>>> of(EventTopic topic, List<Subscription> subscriptions) {
        List<Subscription> mine = subscriptions.stream().filter(s -> s.topic() == topic).toList();
        if (mine.isEmpty()) {
            throw new IllegalStateException("Nothing subscribes to " + topic.topic() + ": its binding has no work");
        }
        List<Projection<?>> projections = mine.stream().map(Subscription::projection).filter(Objects::nonNull).toList();
        List<Consumer<SpecificRecord>> reactions = mine.stream().map(Subscription::reaction).filter(Objects::nonNull)
                .toList();
        projections.forEach(projector::register);
        EachEvent react = new EachEvent(tracing, event -> reactions.forEach(reaction -> reaction.accept(event)));
        return new EventBatchConsumer(codec, ReferenceChecked.handler(references, events -> {
            projections.forEach(projection -> projector.project(projection, events));
            if (!reactions.isEmpty()) {
                react.accept(events);
            }
        }), parking, topic.topic());
    }

    /**
     * The binding function of a consumer group of its own that only reacts to a topic's events,
     * each in its correlation and trace.
     *
     * @param group the binding's consumer group, or null for the service's default one
     */
    public Consumer<Message<List<byte[]>>> reactions(EventTopic topic, String group, Consumer<SpecificRecord> reaction) {
        return new EventBatchConsumer(codec, ReferenceChecked.handler(references, new EachEvent(tracing, reaction)),
                parking, topic.topic(), group);
    }
}

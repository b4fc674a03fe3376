package org.coopsuite.platform.messaging;

import java.util.Objects;
import java.util.function.Consumer;

import org.apache.avro.specific.SpecificRecord;
import org.coopsuite.platform.projection.Projection;
import org.coopsuite.schemas.EventTopic;

/**
 * What one feature does with the events of one topic: keep a projection, or react to each event
 * (a command caused by it). A feature declares its subscriptions as beans in its own
 * {@code messaging} package; {@link TopicConsumers} gives each topic's binding all of them, so
 * that several features share one binding (and so one consumer group) without one feature's
 * consumer driving the others.
 */
public final class Subscription {

    private final EventTopic topic;
    private final Projection<?> projection;
    private final Consumer<SpecificRecord> reaction;

    private Subscription(EventTopic topic, Projection<?> projection, Consumer<SpecificRecord> reaction) {
        this.topic = Objects.requireNonNull(topic, "topic");
        this.projection = projection;
        this.reaction = reaction;
    }

    /** Keeps the projection up to date with the topic's events, in one bulk write a batch. */
    public static Subscription projects(EventTopic topic, Projection<?> projection) {
        return new Subscription(topic, Objects.requireNonNull(projection, "projection"), null);
    }

    /** Reacts to each of the topic's events in its correlation, after the topic's projections. */
    public static Subscription reacts(EventTopic topic, Consumer<SpecificRecord> reaction) {
        return new Subscription(topic, null, Objects.requireNonNull(reaction, "reaction"));
    }

    /** The topic subscribed to. */
    public EventTopic topic() {
        return topic;
    }

    /** The projection kept, or null for a reaction. */
    public Projection<?> projection() {
        return projection;
    }

    Consumer<SpecificRecord> reaction() {
        return reaction;
    }
}

package org.coopsuite.bench.projection;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.coopsuite.bench.projection.platform.CommitmentProjection;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.platform.rebuild.ProjectionRebuilds;
import org.coopsuite.platform.rebuild.Rebuild;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The rebuild path: the platform's rebuild job ({@code ./coop rebuild}'s, run here in the
 * benchmark's thread) over the feed: the topic read from the beginning into the shadow
 * collection through the platform's {@link Projector}, then swapped in. The clock runs from the
 * first event applied to the end of the swap.
 */
final class RebuildPath {

    private RebuildPath() {
    }

    static Duration consumeAll(BenchStack stack, MongoClient mongo, String database) {
        MongoTemplate template = new MongoTemplate(mongo, database);
        Projector projector = new Projector(template, new SimpleMeterRegistry(), 10_000);
        CommitmentProjection projection = new CommitmentProjection();
        Rebuild done = ProjectionRebuilds.runHere(projection, List.of(BenchStack.TOPIC), projector, template,
                EventCodec.forAllEvents(), Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                Clock.systemUTC());
        long finished = System.nanoTime();
        if (done.state() != Rebuild.State.SWAPPED) {
            throw new IllegalStateException("The rebuild ended " + done.state() + ": " + done.error());
        }
        return Duration.ofNanos(finished - projection.firstAppliedNanos());
    }
}

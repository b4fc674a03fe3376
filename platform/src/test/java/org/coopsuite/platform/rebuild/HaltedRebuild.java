package org.coopsuite.platform.rebuild;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.coopsuite.platform.messaging.Trail;
import org.coopsuite.platform.projection.Projector;
import org.coopsuite.schemas.codec.EventCodec;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A rebuild of {@link ProjectionRebuildIT}'s projection in a JVM of its own, the very job a
 * service runs ({@link ProjectionRebuilds#runHere}), that halts half-way for its test to kill it
 * with SIGKILL: once it has applied {@code halt-after} events it creates the signal file and
 * waits for ever inside the projection, its earlier polls written to the shadow collection.
 *
 * <p>Arguments: MongoDB URI, database, Kafka bootstrap servers, halt-after, signal file.
 */
final class HaltedRebuild {

    private HaltedRebuild() {
    }

    /** Starts it in a child JVM on this JVM's class path, its output to {@code log}. */
    static Process start(String mongoUri, String database, String bootstrapServers, long haltAfter, Path signal, Path log)
            throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), HaltedRebuild.class.getName(),
                mongoUri, database, bootstrapServers, Long.toString(haltAfter), signal.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    public static void main(String[] args) {
        MongoTemplate mongo = new MongoTemplate(MongoClients.create(args[0]), args[1]);
        long haltAfter = Long.parseLong(args[3]);
        Path signal = Path.of(args[4]);
        AtomicLong applied = new AtomicLong();
        ProjectionRebuildIT.TrailsProjection halting = new ProjectionRebuildIT.TrailsProjection() {
            @Override
            public void apply(Trail view, SpecificRecord event) {
                super.apply(view, event);
                if (applied.incrementAndGet() == haltAfter) {
                    halt(signal);
                }
            }
        };
        ProjectionRebuilds.runHere(halting, List.of("coop.funding.events"), new Projector(mongo, new SimpleMeterRegistry(),
                10_000), mongo, EventCodec.forAllEvents(), Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, args[2]),
                Clock.systemUTC());
        throw new IllegalStateException("the rebuild ended before it halted: fewer than " + haltAfter + " events");
    }

    private static void halt(Path signal) {
        try {
            Files.createFile(signal);
            new CountDownLatch(1).await();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.coopsuite.bench.projection;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.coopsuite.bench.projection.platform.CommitmentProjection;

/**
 * One run of the throughput benchmark: a fresh stack, one feed of events, then each path in
 * turn consumes all of it from the same topic into its own database on the same server.
 */
public final class ProjectionThroughput {

    /** The paths a run can measure, in the order it measures them. */
    public enum Path { RAW, PLATFORM, RECORD_AT_A_TIME, REBUILD }

    /** What one path did in one run. */
    public record PathResult(Path path, int events, Duration elapsed, Tallies.Count count) {

        public double eventsPerSecond() {
            return events / (elapsed.toNanos() / 1e9);
        }

        /** True when the path's projection holds every event exactly once and its money adds up. */
        public boolean countedEveryEventOnce(int aggregates) {
            return count.events() == events && count.documents() == Math.min(aggregates, events) && count.moneyMatches();
        }
    }

    private ProjectionThroughput() {
    }

    public static List<PathResult> run(BenchStack.Backend backend, int events, int aggregates, List<Path> paths) {
        try (BenchStack stack = BenchStack.start(backend); MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            CommitmentFeed.produce(stack.bootstrapServers(), events, aggregates);
            List<PathResult> results = new ArrayList<>();
            for (Path path : paths) {
                results.add(measure(stack, mongo, path, events));
            }
            return results;
        }
    }

    private static PathResult measure(BenchStack stack, MongoClient mongo, Path path, int events) {
        String database = "bench-" + path.name().toLowerCase().replace('_', '-');
        MongoCollection<Document> tallies = mongo.getDatabase(database).getCollection("tallies");
        Duration elapsed = switch (path) {
            case RAW -> PlainConsumers.consumeAll(stack.bootstrapServers(), events, new RawCeiling(tallies));
            case RECORD_AT_A_TIME -> PlainConsumers.consumeAll(stack.bootstrapServers(), events, new RecordAtATime(tallies));
            case PLATFORM -> PlatformPath.consumeAll(stack, database, events);
            case REBUILD -> RebuildPath.consumeAll(stack, mongo, database);
        };
        Tallies.Count count = path == Path.PLATFORM || path == Path.REBUILD
                ? Tallies.Count.of(mongo.getDatabase(database).getCollection(CommitmentProjection.COLLECTION), "events",
                        "committed")
                : Tallies.Count.of(tallies, "events", "committed");
        return new PathResult(path, events, elapsed, count);
    }
}

package org.coopsuite.bench.latency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.coopsuite.bench.projection.BenchStack;
import org.junit.jupiter.api.Test;

/** A tiny run of the raw latency reference: every measured event is stored and timed once; speed is not checked. */
class RawLatencyIT {

    @Test
    void timesEveryMeasuredEventOnce() {
        try (BenchStack stack = BenchStack.start(BenchStack.Backend.MEMORY);
                MongoClient mongo = MongoClients.create(stack.mongoUri())) {
            Latencies latencies = RawLatency.measure(stack, mongo, 100, Duration.ofSeconds(1), Duration.ofSeconds(2));

            // 100/s: about 200 measured after about 100 of warm-up, give or take the timer's first and last tick;
            // each event goes to its own aggregate, so every event sent is one stored view
            assertThat(latencies.count()).isBetween(195, 205);
            long stored = mongo.getDatabase("bench-raw-latency").getCollection("views").countDocuments();
            assertThat(stored).isBetween(295L, 305L);
        }
    }
}

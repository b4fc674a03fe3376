package org.coopsuite.bench.projection;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.coopsuite.bench.projection.platform.CommitmentProjection;
import org.coopsuite.bench.projection.platform.PlatformPathApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the platform path against a run's stack until its projection has dealt with every
 * event (applied or skipped as a duplicate, by the platform's own counters); the clock runs
 * from the first event applied.
 */
final class PlatformPath {

    private PlatformPath() {
    }

    static Duration consumeAll(BenchStack stack, String database, int events) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PlatformPathApplication.class)
                .run(arguments(stack, database))) {
            MeterRegistry registry = context.getBean(MeterRegistry.class);
            await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofMillis(20))
                    .until(() -> dealtWith(registry) >= events);
            long done = System.nanoTime();
            return Duration.ofNanos(done - context.getBean(CommitmentProjection.class).firstAppliedNanos());
        }
    }

    private static double dealtWith(MeterRegistry registry) {
        return count(registry, "coop.projection.applied") + count(registry, "coop.projection.duplicates");
    }

    private static double count(MeterRegistry registry, String name) {
        var counter = registry.find(name).tag("projection", CommitmentProjection.COLLECTION).counter();
        return counter == null ? 0 : counter.count();
    }

    /** As command-line arguments, which take precedence over the platform's defaults. */
    private static String[] arguments(BenchStack stack, String database) {
        Map<String, Object> properties = new LinkedHashMap<>();
        // Not application.yml: the bench jar also holds call-service's plain jar, for the selection benchmark.
        properties.put("spring.config.name", "bench-platform-path");
        properties.put("spring.application.name", "bench-" + database);
        properties.put("server.port", "0");
        properties.put("spring.mongodb.uri", stack.mongoUri());
        properties.put("spring.mongodb.database", database);
        properties.put("spring.kafka.bootstrap-servers", stack.bootstrapServers());
        properties.put("spring.cloud.stream.function.definition", "commitments");
        properties.put("spring.cloud.stream.bindings.commitments-in-0.destination", BenchStack.TOPIC);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", "file:" + stack.publicKey());
        properties.put("logging.level.root", "WARN");
        properties.put("spring.main.banner-mode", "off");
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }
}

package org.coopsuite.platform.test;

import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.coopsuite.infra.TopicCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Kafka broker and MongoDB server every integration test of the suite uses: started once per
 * test JVM on first use, with the event topics created, and stopped when the JVM exits.
 * <p>
 * The system property {@value #MODE_PROPERTY} chooses them: {@code auto} (default) takes
 * Testcontainers ({@code apache/kafka}, {@code mongo}) when a Docker engine answers and the
 * local stack's embedded broker and in-memory server otherwise; {@code containers} or
 * {@code embedded} forces either.
 */
public final class TestInfrastructure {

    /** System property choosing the servers: {@code auto}, {@code containers} or {@code embedded}. */
    public static final String MODE_PROPERTY = "coop.test.infrastructure";

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static TestInfrastructure shared;
    private static RuntimeException startFailure;

    private final String mode;
    private final Servers servers;

    private TestInfrastructure(String mode, Servers servers) {
        this.mode = mode;
        this.servers = servers;
    }

    /** The infrastructure of this test JVM, started by the first call. */
    public static synchronized TestInfrastructure shared() {
        // Failing once is enough: every later test class would otherwise wait for the same failure.
        if (startFailure != null) {
            throw new IllegalStateException("Test infrastructure failed to start earlier", startFailure);
        }
        if (shared == null) {
            try {
                shared = start(InfrastructureChoice.fromSystemProperty());
            } catch (RuntimeException e) {
                startFailure = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(shared.servers::close, "test-infrastructure-shutdown"));
            // Tests against a real broker and server wait for real work: Awaitility's 10 s default
            // is tight on a loaded two-core CI machine, so waits default to 60 s here.
            Awaitility.setDefaultTimeout(Duration.ofSeconds(60));
        }
        return shared;
    }

    private static TestInfrastructure start(InfrastructureChoice choice) {
        long started = System.nanoTime();
        Servers servers = choice.start();
        List<String> topics = TopicCreator.createMissingEventTopics(servers.kafkaBootstrapServers());
        log.info("Test infrastructure: {} ({}), Kafka {}, MongoDB {}, topics created {}, ready in {} ms",
                choice.mode(), choice.reason(), servers.kafkaBootstrapServers(), servers.mongoConnectionString(),
                topics, Duration.ofNanos(System.nanoTime() - started).toMillis());
        return new TestInfrastructure(choice.mode(), servers);
    }

    /** Kafka's {@code bootstrap.servers}. */
    public String kafkaBootstrapServers() {
        return servers.kafkaBootstrapServers();
    }

    /** MongoDB's connection string, without a database. */
    public String mongoConnectionString() {
        return servers.mongoConnectionString();
    }

    /** {@code containers} or {@code embedded}: what was started. */
    public String mode() {
        return mode;
    }
}

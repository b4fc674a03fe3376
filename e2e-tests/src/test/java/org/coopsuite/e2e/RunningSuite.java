package org.coopsuite.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.platform.test.TestTokens;

/**
 * The three services, each its own process from its exec jar, against the test broker and
 * server: started once for all the end-to-end tests of the JVM (starting them is most of their
 * time), stopped when the JVM ends. A test may add a second instance of every service
 * ({@link #startSecondInstances()}): on the same database and consumer groups (a group is the
 * service's name), on ports of its own. Consumers leave their group 10 s after their process
 * died (the session timeout, 45 s by default), so that a kill's rebalance comes within a test's
 * patience.
 */
final class RunningSuite {

    static final List<String> NAMES = List.of("dialogue-service", "call-service", "funding-service");
    private static RunningSuite running;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    volatile ServiceProcess dialogue;
    volatile ServiceProcess call;
    volatile ServiceProcess funding;
    private final Map<String, ServiceProcess> second = new ConcurrentHashMap<>();

    private RunningSuite() {
        dialogue = start("dialogue-service");
        call = start("call-service");
        funding = start("funding-service");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            List.of(this.dialogue, this.call, this.funding).forEach(ServiceProcess::close);
            second.values().forEach(ServiceProcess::close);
        }));
        List.of(dialogue, call, funding).forEach(service -> service.awaitHealthy(Duration.ofSeconds(180)));
    }

    static synchronized RunningSuite get() {
        if (running == null) {
            running = new RunningSuite();
        }
        return running;
    }

    /** The service's process now (a kill and restart replaces it, on other ports). */
    ServiceProcess process(String name) {
        return switch (name) {
            case "dialogue-service" -> dialogue;
            case "call-service" -> call;
            case "funding-service" -> funding;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** The service's instances now: the first, and the second while it runs. */
    List<ServiceProcess> instances(String name) {
        ServiceProcess other = second.get(name);
        return other == null ? List.of(process(name)) : List.of(process(name), other);
    }

    /** Starts a second instance of every service that has none, all at once, and waits until they are healthy. */
    synchronized void startSecondInstances() {
        for (String name : NAMES) {
            second.computeIfAbsent(name, this::startSecond);
        }
        second.values().forEach(service -> service.awaitHealthy(Duration.ofSeconds(180)));
    }

    /** Stops the second instances (as a deployment scales down: their consumers leave their groups). */
    synchronized void stopSecondInstances() {
        second.values().parallelStream().forEach(ServiceProcess::close);
        second.clear();
    }

    /** Kills the service's process with SIGKILL, then starts it again on its database and waits until it is healthy. */
    ServiceProcess killAndRestart(String name) {
        return killAndRestart(name, 0);
    }

    /**
     * Kills an instance of the service (0 the first, 1 the second) with SIGKILL, then starts it
     * again on its database and waits until it is healthy. One at a time: two kills never have
     * both instances of a service down.
     */
    synchronized ServiceProcess killAndRestart(String name, int instance) {
        if (instance == 1) {
            second.get(name).kill();
            return second.compute(name, (key, killed) -> startSecond(key)).awaitHealthy(Duration.ofSeconds(180));
        }
        process(name).kill();
        return restart(name);
    }

    /** Kills the service's (first) process with SIGKILL and leaves it down, until {@link #restart}. */
    synchronized void stop(String name) {
        process(name).kill();
    }

    /** Starts the service's (first) process again, after a kill, on its database; waits until it is healthy. */
    synchronized ServiceProcess restart(String name) {
        ServiceProcess restarted = start(name);
        switch (name) {
            case "dialogue-service" -> dialogue = restarted;
            case "call-service" -> call = restarted;
            default -> funding = restarted;
        }
        return restarted.awaitHealthy(Duration.ofSeconds(180));
    }

    private ServiceProcess startSecond(String name) {
        return start(name, "second");
    }

    private ServiceProcess start(String name) {
        return start(name, "");
    }

    private ServiceProcess start(String name, String logsOf) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", infrastructure.mongoConnectionString());
        properties.put("spring.mongodb.database", name + "-" + run);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
        properties.put("spring.cloud.stream.kafka.binder.consumer-properties.session.timeout.ms", "10000");
        properties.put("spring.cloud.stream.kafka.binder.consumer-properties.heartbeat.interval.ms", "3000");
        Path root = Path.of(System.getProperty("coop.e2e.root", ".."));
        return ServiceProcess.start(root, System.getProperty("coop.e2e.version"), name, properties,
                root.resolve("e2e-tests/target/e2e-logs").resolve(logsOf));
    }
}

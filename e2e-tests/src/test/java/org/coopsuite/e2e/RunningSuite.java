package org.coopsuite.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.platform.test.TestTokens;

/**
 * The three services, each its own process from its exec jar, against the test broker and
 * server: started once for all the end-to-end tests of the JVM (starting them is most of their
 * time), stopped when the JVM ends.
 */
final class RunningSuite {

    private static RunningSuite running;

    final String run = UUID.randomUUID().toString().substring(0, 8);
    volatile ServiceProcess dialogue;
    volatile ServiceProcess call;
    volatile ServiceProcess funding;

    private RunningSuite() {
        dialogue = start("dialogue-service");
        call = start("call-service");
        funding = start("funding-service");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> List.of(this.dialogue, this.call, this.funding)
                .forEach(ServiceProcess::close)));
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

    /** Kills the service's process with SIGKILL, then starts it again on its database and waits until it is healthy. */
    synchronized ServiceProcess killAndRestart(String name) {
        process(name).kill();
        ServiceProcess restarted = start(name);
        switch (name) {
            case "dialogue-service" -> dialogue = restarted;
            case "call-service" -> call = restarted;
            default -> funding = restarted;
        }
        return restarted.awaitHealthy(Duration.ofSeconds(180));
    }

    private ServiceProcess start(String name) {
        TestInfrastructure infrastructure = TestInfrastructure.shared();
        Map<String, String> properties = new HashMap<>();
        properties.put("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", infrastructure.mongoConnectionString());
        properties.put("spring.mongodb.database", name + "-" + run);
        properties.put("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation());
        Path root = Path.of(System.getProperty("coop.e2e.root", ".."));
        return ServiceProcess.start(root, System.getProperty("coop.e2e.version"), name, properties,
                root.resolve("e2e-tests/target/e2e-logs"));
    }
}

package org.coopsuite.chaos;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.coopsuite.infra.Ports;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestTokens;

/**
 * The run's suite: the local stack as a process, a {@link StallingProxy} in front of its MongoDB
 * port, and the three services as processes, all on ports of the run's own on the loopback
 * address (never those of {@code ./coop run}, so that the two can run side by side). A killed
 * service starts again on the same port, so that the cooperation threads keep their URLs.
 */
final class Suite implements AutoCloseable {

    /** The ports of {@code ./coop run} (services, management, dashboard, auth-server, Kafka, MongoDB): never ours. */
    static final Set<Integer> TAKEN_BY_COOP_RUN = Set.of(8081, 8082, 8083, 8084, 9000, 9081, 9082, 9083, 9092, 9093, 27017);
    private static final Duration STARTING = Duration.ofMinutes(5);

    private final Path root;
    private final String version;
    private final Path logs;
    private final StackProcess stack;
    private final StallingProxy mongo;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, ServiceProcess> processes = new HashMap<>();
    private final AtomicInteger restarts = new AtomicInteger();

    private Suite(Path root, String version, Path logs, StackProcess stack, StallingProxy mongo) {
        this.root = root;
        this.version = version;
        this.logs = logs;
        this.stack = stack;
        this.mongo = mongo;
    }

    /** Starts the stack, the proxy and the three services, and waits until all are healthy. */
    static Suite start(Path root, String version, Path dataDir, Path logs) throws IOException {
        int mongoPort = port();
        StackProcess stack = new StackProcess(root.resolve("infra/target/infra-" + version + "-exec.jar"), dataDir,
                logs.resolve("local-stack.log"), port(), port(), mongoPort);
        stack.start(STARTING);
        Suite suite = new Suite(root, version, logs, stack, StallingProxy.start(port(), mongoPort));
        FaultSchedule.SERVICES.forEach(name -> suite.ports.put(name, port()));
        FaultSchedule.SERVICES.forEach(suite::startService);
        FaultSchedule.SERVICES.forEach(name -> suite.service(name).awaitHealthy(STARTING));
        return suite;
    }

    /** A free port on the loopback address that is none of {@code ./coop run}'s. */
    static int port() {
        int port = Ports.free();
        while (TAKEN_BY_COOP_RUN.contains(port)) {
            port = Ports.free();
        }
        return port;
    }

    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    synchronized ServiceProcess service(String name) {
        return processes.get(name);
    }

    List<ServiceProcess> services() {
        return FaultSchedule.SERVICES.stream().map(this::service).toList();
    }

    String bootstrapServers() {
        return stack.bootstrapServers();
    }

    /** SIGKILL of the service, then a start on its port and database; answers once it is healthy again. */
    void killAndRestart(String name) {
        service(name).kill();
        startService(name);
        service(name).awaitHealthy(STARTING);
    }

    /** SIGKILL of the stack, then a start on its data; the services reconnect by themselves. */
    void killAndRestartStack() throws InterruptedException {
        stack.kill();
        stack.start(STARTING);
    }

    /** MongoDB's connections stall for this long, then flow again. */
    void pauseMongo(Duration length) throws InterruptedException {
        mongo.pause();
        try {
            Thread.sleep(length.toMillis());
        } finally {
            mongo.resume();
        }
    }

    /** Starts after a kill (the first start of each service and of the stack not counted). */
    int restarts() {
        return restarts.get() + stack.starts() - 1;
    }

    private synchronized void startService(String name) {
        Map<String, String> properties = new HashMap<>();
        properties.put("server.address", "127.0.0.1");
        properties.put("management.server.address", "127.0.0.1");
        properties.put("spring.kafka.bootstrap-servers", stack.bootstrapServers());
        properties.put("spring.mongodb.uri", "mongodb://127.0.0.1:" + mongo.port());
        properties.put(TestTokens.PUBLIC_KEY_LOCATION_PROPERTY, TestTokens.publicKeyLocation());
        boolean restart = processes.containsKey(name);
        // One log per start: ServiceProcess writes <logs>/<name>.log afresh, and a killed instance's log is evidence.
        Path dir = logs.resolve(name + "-start-" + (restart ? restarts.incrementAndGet() : 0));
        processes.put(name, ServiceProcess.start(root, version, name, ports.get(name), properties, dir,
                List.of("-Xmx384m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")));
    }

    @Override
    public void close() throws InterruptedException {
        services().forEach(ServiceProcess::close);
        mongo.close();
        stack.stop();
    }
}

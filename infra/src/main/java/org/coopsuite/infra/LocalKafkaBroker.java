package org.coopsuite.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker in KRaft mode inside this JVM: one node that is both broker and
 * controller, its data in one directory. The directory is formatted on first use only, so
 * starting again on the same directory keeps every topic, offset and record.
 */
public final class LocalKafkaBroker implements AutoCloseable {

    /** The client port of the local stack. */
    public static final int DEFAULT_PORT = 9092;
    /** The KRaft controller port of the local stack. */
    public static final int DEFAULT_CONTROLLER_PORT = 9093;

    private static final Logger log = LoggerFactory.getLogger(LocalKafkaBroker.class);

    private final KafkaRaftServer server;
    private final int port;
    private boolean stopped;

    private LocalKafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Starts a broker and returns once it accepts clients.
     *
     * @param dataDir        log directory (created if absent, formatted if not yet formatted)
     * @param port           client port; 0 picks a free one
     * @param controllerPort controller port; 0 picks a free one
     * @throws PortInUseException if a port is taken
     */
    public static LocalKafkaBroker start(Path dataDir, int port, int controllerPort) {
        int clientPort = Ports.resolve(port, "Kafka");
        int quorumPort = Ports.resolve(controllerPort, "Kafka controller");
        createDirectories(dataDir);
        if (KafkaStorage.formatIfNeeded(dataDir)) {
            log.info("Formatted new Kafka storage in {}", dataDir.toAbsolutePath());
        }
        KafkaConfig config = new KafkaConfig(KafkaBrokerSettings.of(dataDir, clientPort, quorumPort), false);
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // startup() returns once the broker is unfenced, i.e. ready for clients.
            server.startup();
        } catch (RuntimeException e) {
            // Its threads are not daemons: a half-started server would keep the JVM alive.
            server.shutdown();
            throw e;
        }
        return new LocalKafkaBroker(server, clientPort);
    }

    /** Starts a broker on free ports, for tests. */
    public static LocalKafkaBroker startOnFreePorts(Path dataDir) {
        return start(dataDir, 0, 0);
    }

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return "localhost:" + port;
    }

    /** The client port. */
    public int port() {
        return port;
    }

    /** Stops the broker and waits until its logs are flushed and closed. Idempotent. */
    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            server.shutdown();
            server.awaitShutdown();
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create Kafka data directory " + dir, e);
        }
    }
}

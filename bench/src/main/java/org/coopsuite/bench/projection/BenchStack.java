package org.coopsuite.bench.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.apache.kafka.clients.admin.NewTopic;
import org.coopsuite.infra.LocalKafkaBroker;
import org.coopsuite.infra.LocalMongoServer;
import org.coopsuite.infra.Ports;
import org.coopsuite.infra.TopicCreator;
import org.coopsuite.infra.token.JwtKeys;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The broker and the MongoDB-wire server one benchmark run measures on: the local stack's own
 * embedded Kafka (KRaft) and mongo-java-server, in a fresh directory, on free ports, so that
 * every path of the run reads the same topic and writes to the same server. Where a Docker
 * engine answers, the server can be a real MongoDB in a container instead.
 */
public final class BenchStack implements AutoCloseable {

    /**
     * The server: mongo-java-server in memory or on an H2 file (the local stack's, committing each
     * write before it is answered), or a real MongoDB (Docker). {@code H2_DEFERRED} is
     * mongo-java-server's own H2 backend, which leaves the commit to H2's MVStore (about once a
     * second): what the local stack ran before it committed every write (issue 25), kept to measure
     * what that durability costs.
     */
    public enum Backend { MEMORY, H2, H2_DEFERRED, MONGODB }

    static final String MONGO_IMAGE = "mongo:8.0";

    public static final String TOPIC = "bench.funding.events";
    static final int PARTITIONS = 6;

    private final Path dir;
    private final LocalKafkaBroker broker;
    private final MongoServer mongo;

    /** A running MongoDB-wire server: where it is, and how to stop it. */
    private record MongoServer(String uri, Runnable stop) {
    }

    private BenchStack(Path dir, LocalKafkaBroker broker, MongoServer mongo) {
        this.dir = dir;
        this.broker = broker;
        this.mongo = mongo;
    }

    /** @throws IllegalStateException for the mongodb backend when no Docker engine answers (nothing is started) */
    public static BenchStack start(Backend backend) {
        if (backend == Backend.MONGODB && !DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("The mongodb backend runs a real MongoDB (" + MONGO_IMAGE
                    + ") in Docker, and no Docker engine answers here; use memory or h2");
        }
        Path dir = tempDir();
        LocalKafkaBroker broker = LocalKafkaBroker.startOnFreePorts(dir.resolve("kafka"));
        MongoServer mongo = switch (backend) {
            case MEMORY -> embedded(LocalMongoServer.startInMemory(0));
            case H2 -> embedded(LocalMongoServer.startWithFile(dir.resolve("mongo"), 0));
            case H2_DEFERRED -> deferred(dir.resolve("mongo"));
            case MONGODB -> container();
        };
        JwtKeys.ensure(dir);
        TopicCreator.createMissing(broker.bootstrapServers(), List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1)));
        return new BenchStack(dir, broker, mongo);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String mongoUri() {
        return mongo.uri();
    }

    private static MongoServer embedded(LocalMongoServer server) {
        return new MongoServer(server.connectionString(), server::close);
    }

    private static MongoServer deferred(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        de.bwaldvogel.mongo.MongoServer server = new de.bwaldvogel.mongo.MongoServer(
                new H2Backend(dataDir.resolve("deferred.mv").toAbsolutePath().toString()));
        int port = Ports.free();
        server.bind("127.0.0.1", port);
        return new MongoServer("mongodb://localhost:" + port, server::shutdownNow);
    }

    private static MongoServer container() {
        MongoDBContainer container = new MongoDBContainer(MONGO_IMAGE);
        container.start();
        return new MongoServer(container.getConnectionString(), container::stop);
    }

    /** Where the platform path's services read their JWT public key from. */
    Path publicKey() {
        return dir.resolve(JwtKeys.DIRECTORY).resolve(JwtKeys.PUBLIC_KEY_FILE);
    }

    @Override
    public void close() {
        broker.close();
        mongo.stop().run();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("coop-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.coopsuite.bench.projection;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.kafka.clients.admin.NewTopic;
import org.coopsuite.infra.LocalKafkaBroker;
import org.coopsuite.infra.LocalMongoServer;
import org.coopsuite.infra.TopicCreator;
import org.coopsuite.infra.token.JwtKeys;

/**
 * The broker and the MongoDB-wire server one benchmark run measures on: the local stack's own
 * embedded Kafka (KRaft) and mongo-java-server, in a fresh directory, on free ports, so that
 * every path of the run reads the same topic and writes to the same server.
 */
public final class BenchStack implements AutoCloseable {

    /** The storage behind mongo-java-server. */
    public enum Backend { MEMORY, H2 }

    public static final String TOPIC = "bench.funding.events";
    static final int PARTITIONS = 6;

    private final Path dir;
    private final LocalKafkaBroker broker;
    private final LocalMongoServer mongo;

    private BenchStack(Path dir, LocalKafkaBroker broker, LocalMongoServer mongo) {
        this.dir = dir;
        this.broker = broker;
        this.mongo = mongo;
    }

    public static BenchStack start(Backend backend) {
        Path dir = tempDir();
        LocalKafkaBroker broker = LocalKafkaBroker.startOnFreePorts(dir.resolve("kafka"));
        LocalMongoServer mongo = backend == Backend.H2 ? LocalMongoServer.startWithFile(dir.resolve("mongo"), 0)
                : LocalMongoServer.startInMemory(0);
        JwtKeys.ensure(dir);
        TopicCreator.createMissing(broker.bootstrapServers(), List.of(new NewTopic(TOPIC, PARTITIONS, (short) 1)));
        return new BenchStack(dir, broker, mongo);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String mongoUri() {
        return mongo.connectionString();
    }

    /** Where the platform path's services read their JWT public key from. */
    Path publicKey() {
        return dir.resolve(JwtKeys.DIRECTORY).resolve(JwtKeys.PUBLIC_KEY_FILE);
    }

    @Override
    public void close() {
        broker.close();
        mongo.close();
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("coop-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.coopsuite.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.coopsuite.infra.LocalKafkaBroker;
import org.coopsuite.infra.LocalMongoServer;

/** The local stack's broker (in a temporary directory) and server (in memory), on free ports. */
final class EmbeddedServers implements Servers {

    private final Path kafkaDir;
    private final LocalKafkaBroker kafka;
    private final LocalMongoServer mongo;

    private EmbeddedServers(Path kafkaDir, LocalKafkaBroker kafka, LocalMongoServer mongo) {
        this.kafkaDir = kafkaDir;
        this.kafka = kafka;
        this.mongo = mongo;
    }

    static EmbeddedServers start() {
        Path dir = createTempDirectory();
        LocalMongoServer mongo = LocalMongoServer.startInMemory(0);
        try {
            return new EmbeddedServers(dir, LocalKafkaBroker.startOnFreePorts(dir), mongo);
        } catch (RuntimeException e) {
            mongo.close();
            throw e;
        }
    }

    @Override
    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    @Override
    public String mongoConnectionString() {
        return mongo.connectionString();
    }

    @Override
    public void close() {
        try {
            kafka.close();
            mongo.close();
        } finally {
            deleteRecursively(kafkaDir);
        }
    }

    private static Path createTempDirectory() {
        try {
            return Files.createTempDirectory("coop-test-kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temporary directory must not fail the test run.
        }
    }
}

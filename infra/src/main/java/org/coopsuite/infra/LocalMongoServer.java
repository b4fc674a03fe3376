package org.coopsuite.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB-wire-protocol server (mongo-java-server) inside this JVM, its data either in an H2
 * file (kept across restarts, each write committed to it before it is acknowledged: see
 * {@link CommittingH2Backend}) or in memory (for tests). It has no transactions, no change
 * streams and no {@code hello} command; health checks use {@code ping}.
 */
public final class LocalMongoServer implements AutoCloseable {

    /** The port of the local stack. */
    public static final int DEFAULT_PORT = 27017;
    /** The H2 file inside the data directory. */
    static final String STORE_FILE = "mongo.mv";

    private final MongoServer server;
    private final int port;
    private boolean stopped;

    private LocalMongoServer(MongoBackend backend, int port) {
        this.server = new MongoServer(backend);
        this.port = port;
        server.bind(Ports.HOST, port);
    }

    /**
     * Starts a server whose data lives in an H2 file under {@code dataDir}.
     *
     * @param port 0 picks a free one
     * @throws PortInUseException if the port is taken
     */
    public static LocalMongoServer startWithFile(Path dataDir, int port) {
        int resolved = Ports.resolve(port, "MongoDB");
        createDirectories(dataDir);
        String file = dataDir.resolve(STORE_FILE).toAbsolutePath().toString();
        return new LocalMongoServer(new CommittingH2Backend(file), resolved);
    }

    /** Starts a server that keeps its data in memory only, for tests; 0 picks a free port. */
    public static LocalMongoServer startInMemory(int port) {
        return new LocalMongoServer(new MemoryBackend(), Ports.resolve(port, "MongoDB"));
    }

    /** The connection string, without a database. */
    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** Stops listening and closes the backend, which writes the H2 store to disk. Idempotent. */
    @Override
    public synchronized void close() {
        if (!stopped) {
            stopped = true;
            server.shutdown();
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create MongoDB data directory " + dir, e);
        }
    }
}

package org.coopsuite.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local stack's promise that a crash loses no acknowledged write: the MongoDB-wire server runs
 * in a process of its own on an H2 file, takes acknowledged inserts and updates, and is killed
 * with SIGKILL right after the last one is answered; started again on the same file, it holds
 * every one of them. (Before each write was committed, a kill lost about the last second's.)
 */
class AcknowledgedWritesIT {

    private static final int DOCUMENTS = 300;

    @TempDir
    Path dataDir;

    private Process server;

    @AfterEach
    void killServer() throws InterruptedException {
        if (server != null) {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    @Test
    void aKilledServerKeepsEveryWriteItAcknowledged() throws Exception {
        int port = Ports.free();
        server = start(port);
        List<String> acknowledged = new ArrayList<>();
        calls(port, collection -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                String id = "call-" + i;
                collection.insertOne(new Document("_id", id).append("version", 1));
                acknowledged.add(id);
                collection.updateOne(Filters.eq("_id", id), Updates.inc("version", 1));
            }
        });

        server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertThat(server.exitValue()).as("killed, not stopped").isEqualTo(137);
        server = start(port);

        calls(port, collection -> {
            assertThat(collection.countDocuments()).isEqualTo(DOCUMENTS);
            for (String id : acknowledged) {
                assertThat(collection.find(Filters.eq("_id", id)).first()).as(id).containsEntry("version", 2);
            }
        });
    }

    private Process start(int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                MongoServerProcess.class.getName(), dataDir.toString(), String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("server-" + System.nanoTime() + ".log").toFile())
                .start();
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> {
            try (MongoClient client = client(port)) {
                return client.getDatabase("admin").runCommand(new Document("ping", 1)).get("ok") != null;
            }
        });
        return process;
    }

    private static void calls(int port, Consumer<MongoCollection<Document>> work) {
        try (MongoClient client = client(port)) {
            work.accept(client.getDatabase("coop-call").getCollection("calls"));
        }
    }

    private static MongoClient client(int port) {
        return MongoClients.create("mongodb://localhost:" + port + "/?serverSelectionTimeoutMS=2000");
    }
}

package org.coopsuite.chaos;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The local stack ({@code ./coop run}'s: embedded KRaft Kafka and mongo-java-server on its H2 file)
 * as its own process from infra's exec jar, on the run's ports and data directory; each start
 * appends to the same log. A start after a SIGKILL recovers the broker's log and the H2 file.
 */
final class StackProcess {

    private static final String READY = "Local stack ready";

    private final Path jar;
    private final Path dataDir;
    private final Path log;
    private final int kafkaPort;
    private final int controllerPort;
    private final int mongoPort;
    private Process process;
    private int starts;

    StackProcess(Path jar, Path dataDir, Path log, int kafkaPort, int controllerPort, int mongoPort) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.log = log;
        this.kafkaPort = kafkaPort;
        this.controllerPort = controllerPort;
        this.mongoPort = mongoPort;
    }

    /** Starts the stack and waits until it says it is ready (its log line). */
    synchronized void start(Duration atMost) {
        long readyBefore = readyLines();
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-jar", jar.toString(), "--data-dir", dataDir.toString(), "--kafka-port", String.valueOf(kafkaPort),
                "--kafka-controller-port", String.valueOf(controllerPort), "--mongo-port", String.valueOf(mongoPort));
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the local stack from " + jar, e);
        }
        starts++;
        Process started = process;
        await("the local stack ready").atMost(atMost).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!started.isAlive()) {
                throw new IllegalStateException("The local stack exited; see " + log);
            }
            return readyLines() > readyBefore;
        });
    }

    /** SIGKILL: no shutdown hook, nothing flushed; waits until the process is gone. */
    synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    int starts() {
        return starts;
    }

    private long readyLines() {
        if (!Files.exists(log)) {
            return 0;
        }
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(READY)).count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }
}

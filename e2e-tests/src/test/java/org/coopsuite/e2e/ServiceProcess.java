package org.coopsuite.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.web.client.RestClient;

/**
 * One service of the suite running as its own process from its exec jar, as in production:
 * its own JVM, port and database, against the test's broker and server. Its log goes to
 * {@code target/e2e-logs/<name>.log}.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final Process process;

    private ServiceProcess(String name, int port, Process process) {
        this.name = name;
        this.port = port;
        this.process = process;
    }

    static ServiceProcess start(String name, Map<String, String> properties) {
        Path root = Path.of(System.getProperty("coop.e2e.root", ".."));
        Path jar = root.resolve(name).resolve("target")
                .resolve(name + "-" + System.getProperty("coop.e2e.version") + "-exec.jar");
        Path log = root.resolve("e2e-tests/target/e2e-logs").resolve(name + ".log");
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-jar", jar.toString(), "--server.port=" + port));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ServiceProcess(name, port, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " from " + jar, e);
        }
    }

    /** Waits until the service answers its health endpoint with UP. */
    ServiceProcess awaitHealthy(Duration atMost) {
        RestClient http = http();
        await(name + " healthy").atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see target/e2e-logs/" + name + ".log");
                    }
                    return http.get().uri("/actuator/health").retrieve().body(String.class).contains("\"UP\"");
                });
        return this;
    }

    RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }

    String name() {
        return name;
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

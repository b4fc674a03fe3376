package org.coopsuite.platform.test;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopsuite.infra.Ports;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

/**
 * One service of the suite running as its own process from its exec jar, as in production:
 * its own JVM, ports (application and management) and database, against the given broker and
 * server; its output goes to a log file. The end-to-end tests and the latency benchmark run the
 * services this way.
 */
public final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Process process;

    private ServiceProcess(String name, int port, int managementPort, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.process = process;
    }

    /**
     * Starts {@code <root>/<name>/target/<name>-<version>-exec.jar} on a free port (and its
     * actuator on another) with these properties as command-line arguments, its output in {@code <logs>/<name>.log}.
     */
    public static ServiceProcess start(Path root, String version, String name, Map<String, String> properties,
            Path logs) {
        // Small heaps and the quick compiler: three services start fast on a small machine.
        return start(root, version, name, properties, logs, List.of("-Xmx384m", "-XX:TieredStopAtLevel=1"));
    }

    /** As {@link #start(Path, String, String, Map, Path)}, with these JVM options. */
    public static ServiceProcess start(Path root, String version, String name, Map<String, String> properties,
            Path logs, List<String> jvmOptions) {
        return start(root, version, name, Ports.free(), properties, logs, jvmOptions);
    }

    /**
     * As {@link #start(Path, String, String, Map, Path, List)} on a port chosen by the caller: for
     * an application whose URL another one must know before it starts (the dashboard's, which the
     * authorization server redirects to).
     */
    public static ServiceProcess start(Path root, String version, String name, int port, Map<String, String> properties,
            Path logs, List<String> jvmOptions) {
        Path jar = root.resolve(name).resolve("target").resolve(name + "-" + version + "-exec.jar");
        Path log = logs.resolve(name + ".log");
        int managementPort = Ports.free();
        while (managementPort == port) {
            managementPort = Ports.free();
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port,
                "--management.server.port=" + managementPort));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            return new ServiceProcess(name, port, managementPort, process);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name + " from " + jar, e);
        }
    }

    /** Waits until the service answers its health endpoint with UP. */
    public ServiceProcess awaitHealthy(Duration atMost) {
        RestClient http = http();
        await(name + " healthy").atMost(atMost).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name + " exited; see its log");
                    }
                    return http.get().uri("/actuator/health").retrieve().body(String.class).contains("\"UP\"");
                });
        return this;
    }

    public RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }

    public int port() {
        return port;
    }

    /** The port of the service's actuator (health, info, prometheus, metrics). */
    public int managementPort() {
        return managementPort;
    }

    public String name() {
        return name;
    }

    /**
     * The time the service's JIT compilers have spent so far, as its actuator tells an operator
     * on the management port (Micrometer's {@code jvm.compilation.time}).
     *
     * @param operatorBearer an {@code Authorization} header value of a token with the OPERATOR role
     */
    public Duration compilationTime(String operatorBearer) {
        Map<String, Object> metric = RestClient.create("http://localhost:" + managementPort).get()
                .uri("/actuator/metrics/jvm.compilation.time")
                .header("Authorization", operatorBearer).retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() { });
        if (metric == null || !(metric.get("measurements") instanceof List<?> measurements) || measurements.isEmpty()
                || !(measurements.get(0) instanceof Map<?, ?> count) || !(count.get("value") instanceof Number millis)) {
            throw new IllegalStateException(name + " did not tell its compilation time: " + metric);
        }
        return Duration.ofMillis(millis.longValue());
    }

    /** The CPU time the service's process has used so far (zero where the platform does not tell). */
    public Duration cpuTime() {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** Stops the process at once, as {@code kill -9} does (SIGKILL: no shutdown hook, nothing flushed), and waits for it to go. */
    public void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
}

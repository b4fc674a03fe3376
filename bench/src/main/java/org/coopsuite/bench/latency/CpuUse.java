package org.coopsuite.bench.latency;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import com.sun.management.OperatingSystemMXBean;

/**
 * The CPU time each process of a run used over the measured period, per command sent in it:
 * what bounds the rate the services can keep up with on this machine.
 */
final class CpuUse {

    private final Map<String, Supplier<Duration>> processes = new LinkedHashMap<>();
    private final Map<String, Duration> atStart = new LinkedHashMap<>();
    private final Map<String, Duration> spent = new LinkedHashMap<>();

    /** Adds a process by name and how to read its CPU time so far. */
    CpuUse add(String name, Supplier<Duration> cpuTime) {
        processes.put(name, cpuTime);
        return this;
    }

    /** Adds this JVM: in the benchmark, the broker, the server and the load generator. */
    CpuUse addThisJvm(String name) {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return add(name, () -> Duration.ofNanos(os.getProcessCpuTime()));
    }

    void start() {
        processes.forEach((name, cpuTime) -> atStart.put(name, cpuTime.get()));
    }

    void stop() {
        processes.forEach((name, cpuTime) -> spent.put(name, cpuTime.get().minus(atStart.get(name))));
    }

    /** For example {@code call-service 2.10 ms, funding-service 0.40 ms}. */
    String perCommand(long commands) {
        StringJoiner text = new StringJoiner(", ");
        spent.forEach((name, cpu) -> text.add("%s %.2f ms".formatted(name, cpu.toNanos() / 1e6 / Math.max(1, commands))));
        return text.toString();
    }
}

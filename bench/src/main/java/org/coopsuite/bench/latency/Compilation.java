package org.coopsuite.bench.latency;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

/**
 * How long the JIT compilers of each JVM of a run have worked: the warm-up goes on until they
 * are quiet, so that the measured period measures the compiled code, not the compiling. On two
 * cores shared by three JVMs a compiler still at work takes a fifth of the machine.
 */
final class Compilation {

    private final Map<String, Supplier<Duration>> jvms = new LinkedHashMap<>();
    private final Map<String, Duration> last = new LinkedHashMap<>();

    /** Adds a JVM by name and how to read the time its compilers have spent so far. */
    Compilation add(String name, Supplier<Duration> compilationTime) {
        jvms.put(name, compilationTime);
        return this;
    }

    /** Adds this JVM. */
    Compilation addThisJvm(String name) {
        return add(name, () -> Duration.ofMillis(ManagementFactory.getCompilationMXBean().getTotalCompilationTime()));
    }

    /** The time each JVM's compilers spent since the previous call (since nothing, the first time). */
    Map<String, Duration> sinceLast() {
        Map<String, Duration> spent = new LinkedHashMap<>();
        jvms.forEach((name, compilationTime) -> {
            Duration now = compilationTime.get();
            spent.put(name, now.minus(last.getOrDefault(name, Duration.ZERO)));
            last.put(name, now);
        });
        return spent;
    }

    /** For example {@code call-service 40 ms, funding-service 0 ms}. */
    static String describe(Map<String, Duration> spent) {
        StringJoiner text = new StringJoiner(", ");
        spent.forEach((name, time) -> text.add(name + " " + time.toMillis() + " ms"));
        return text.toString();
    }
}

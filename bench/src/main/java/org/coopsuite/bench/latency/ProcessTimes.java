package org.coopsuite.bench.latency;

import java.lang.management.ManagementFactory;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Supplier;

import com.sun.management.OperatingSystemMXBean;

/**
 * A time that each process of a run has spent on something so far (its CPU, its JIT compilers),
 * read as what each spent between two readings. The CPU per command bounds the rate the
 * services keep up with on this machine; the compilers' time tells when the warm-up is over.
 */
final class ProcessTimes {

    private final Map<String, Supplier<Duration>> processes = new LinkedHashMap<>();
    private final Map<String, Duration> last = new LinkedHashMap<>();

    /** The CPU time this JVM has used so far. */
    static Supplier<Duration> thisJvmCpu() {
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return () -> Duration.ofNanos(os.getProcessCpuTime());
    }

    /** The time this JVM's JIT compilers have worked so far. */
    static Supplier<Duration> thisJvmCompilation() {
        return () -> Duration.ofMillis(ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }

    /** Adds a process by name and how to read its time so far. */
    ProcessTimes add(String name, Supplier<Duration> timeSoFar) {
        processes.put(name, timeSoFar);
        return this;
    }

    /** The time each process spent since the previous reading (since nothing, the first time). */
    Map<String, Duration> sinceLast() {
        Map<String, Duration> spent = new LinkedHashMap<>();
        processes.forEach((name, timeSoFar) -> {
            Duration now = timeSoFar.get();
            spent.put(name, now.minus(last.getOrDefault(name, Duration.ZERO)));
            last.put(name, now);
        });
        return spent;
    }

    /** For example {@code call-service 2.1 ms, funding-service 0.43 ms}: each time divided by {@code per}. */
    static String describe(Map<String, Duration> spent, long per) {
        DecimalFormat millis = new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        StringJoiner text = new StringJoiner(", ");
        spent.forEach((name, time) -> text.add(name + " " + millis.format(time.toNanos() / 1e6 / Math.max(1, per)) + " ms"));
        return text.toString();
    }
}

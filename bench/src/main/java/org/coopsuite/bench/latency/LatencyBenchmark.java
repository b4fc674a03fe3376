package org.coopsuite.bench.latency;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.coopsuite.bench.projection.BenchStack;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestTokens;

/**
 * One run of the latency benchmark on a fresh stack: first the raw produce-to-upsert latency
 * at the rate, then commands over HTTP into call-service at the same rate, observed in
 * funding-service's projection; the two services run as their own processes from their jars.
 */
public final class LatencyBenchmark {

    /** What one run measured. */
    public record Result(Latencies.Summary raw, Latencies.Summary service, Latencies.Summary accepted,
            Latencies.Summary published, int failedCommands,
            Map<String, Integer> failureCauses, int unobserved, String cpuPerCommand) {
    }

    private LatencyBenchmark() {
    }

    /** @param settleAtMost how long the warm-up goes on after the ramp, at most, until the JIT compilers are quiet */
    public static Result run(Path root, String version, BenchStack.Backend backend, int perSecond, Duration warmUp,
            Duration settleAtMost, Duration measured) {
        try (BenchStack stack = BenchStack.start(backend);
                MongoClient mongo = MongoClients.create(stack.mongoUri());
                ServiceProcess call = start(root, version, "call-service", stack);
                ServiceProcess funding = start(root, version, "funding-service", stack)) {
            Stream.of(call, funding).forEach(service -> service.awaitHealthy(Duration.ofMinutes(3)));
            Latencies raw = RawLatency.measure(stack, mongo, perSecond, warmUp, measured);
            ServiceLatency commands = new ServiceLatency(call.port(),
                    TestTokens.as(Role.PROGRAMME_OFFICER).side("EU").bearer(),
                    mongo.getDatabase("bench-funding-service").getCollection("callViews"), stack.bootstrapServers());
            String operator = TestTokens.as(Role.OPERATOR).side("EU").bearer();
            ProcessTimes compilation = new ProcessTimes().add(call.name(), () -> call.compilationTime(operator))
                    .add(funding.name(), () -> funding.compilationTime(operator))
                    .add("benchmark JVM", ProcessTimes.thisJvmCompilation());
            ProcessTimes cpu = new ProcessTimes().add(call.name(), call::cpuTime).add(funding.name(), funding::cpuTime)
                    .add("benchmark JVM (broker, server, load)", ProcessTimes.thisJvmCpu());
            Latencies service = commands.measure(perSecond, warmUp, settleAtMost, measured, compilation, cpu);
            return new Result(raw.summary(), service.summary(), commands.accepted().summary(),
                    commands.published().summary(), commands.failures(), commands.failureCauses(),
                    commands.unobserved(), ProcessTimes.describe(commands.cpuSpent(), perSecond * measured.toSeconds()));
        }
    }

    private static ServiceProcess start(Path root, String version, String name, BenchStack stack) {
        Map<String, String> properties = Map.of(
                "spring.kafka.bootstrap-servers", stack.bootstrapServers(),
                "spring.mongodb.uri", stack.mongoUri(),
                "spring.mongodb.database", "bench-" + name,
                "spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens.publicKeyLocation(),
                "logging.level.root", "WARN");
        List<String> javaOptions = new ArrayList<>(List.of("-Xmx512m", "-XX:+UseSerialGC"));
        // e.g. -XX:StartFlightRecording=filename=/tmp/profiles/ to profile the services (a file each), or
        // -XX:-UseSerialGC -XX:+UseG1GC for G1 (docs/benchmarks.md compares the two collectors)
        String extra = System.getenv().getOrDefault("COOP_BENCH_SERVICE_JAVA_OPTS", "");
        Arrays.stream(extra.trim().split("\\s+")).filter(option -> !option.isEmpty()).forEach(javaOptions::add);
        return ServiceProcess.start(root, version, name, properties, root.resolve("bench/target/logs"), javaOptions);
    }
}

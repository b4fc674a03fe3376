package org.coopsuite.tools.audit;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.apache.kafka.common.KafkaException;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.schemas.EventTopic;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.coopsuite.tools.kafka.KafkaOptions;
import org.coopsuite.tools.kafka.ReadOnlyConsumers;
import org.coopsuite.tools.suite.ParkedSequences;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.SuiteOptions;
import org.coopsuite.tools.trace.TopicScan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code audit}: reads the three event topics from their first record to their end and asks the
 * services' query APIs, then checks that the log and the stores keep the suite's promises
 * ({@link LogChecks}, {@link GrantChecks}, {@link StoreChecks}), and that the services run with the same
 * reference data ({@link ReferenceChecks}). Each violation is printed with the
 * aggregate and the events involved; any violation exits {@value CommandLines#FAILED}.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = {"Checks the event log and the services' stores against each other: each aggregate's versions "
                + "1..n with one event id per version; every aggregate in its owner's store at its last version; one "
                + "agreement per call submitted for funding; grants equal to the selected (and reserve-funded) "
                + "requests, once each, within what each side committed; the ledger equal to the funding events; each "
                + "call's state in the three services equal to its events; no parked sequence; the same reference data "
                + "(sides, strategic areas, global challenges) in the three services.",
            "Exit 0 when clean, 1 on any violation (each printed with its aggregate and events)."})
public final class AuditCommand implements Callable<Integer> {

    @Option(names = "--wait", paramLabel = "<duration>",
            description = "Audit again, once a second, until clean or this long has passed (for a suite still settling). "
                    + "Default: one audit.")
    Duration wait;

    @Option(names = "--log-only", description = "Only the checks of the topics: do not ask the services.")
    boolean logOnly;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Mixin
    SuiteOptions suite = new SuiteOptions();

    @Spec
    CommandSpec spec;

    private final PrintStream out;
    private final Map<String, String> env;

    public AuditCommand(PrintStream out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        long deadline = System.nanoTime() + (wait == null ? 0 : wait.toNanos());
        while (true) {
            Result result;
            try {
                result = auditOnce();
            } catch (IllegalStateException | KafkaException e) {
                spec.commandLine().getErr().println("audit: Kafka at " + kafka.bootstrapServers(env) + ": " + e.getMessage());
                return CommandLines.FAILED;
            }
            if (result.violations().isEmpty() || System.nanoTime() >= deadline) {
                result.violations().forEach(v -> v.print(out));
                if (result.evictedUndecodable() > 0) {
                    out.printf("audit: %d undecodable record(s) an operator evicted (./coop dlq list --evicted), not"
                            + " violations%n", result.evictedUndecodable());
                }
                out.printf("audit: %d events (%d published again) of %d aggregates on %s; %d violations%n",
                        result.events(), result.republished(), result.aggregates(),
                        String.join(", ", topics()), result.violations().size());
                out.flush();
                return result.violations().isEmpty() ? CommandLines.OK : CommandLines.FAILED;
            }
            Thread.sleep(1000);
        }
    }

    /**
     * What one audit found.
     *
     * @param evictedUndecodable records that cannot be decoded which an operator evicted: known and decided, not violations
     */
    record Result(long events, long republished, int aggregates, List<Violation> violations, int evictedUndecodable) {
    }

    /**
     * The undecodable records that are violations: those no service's evicted sequence holds.
     * A topic keeps a record for ever, so one an operator evicted (every group that read it
     * parked it; an operator gave it up, with a reason) would otherwise fail every audit to come;
     * one still parked is the parked check's violation as well.
     *
     * @param undecodable by {@code topic/partition@offset}, what decoding said
     * @param evicted     the {@code topic/partition@offset} of the services' evicted sequences' records
     */
    static List<Violation> undecodable(Map<String, String> undecodable, Set<String> evicted) {
        return undecodable.entrySet().stream().filter(e -> !evicted.contains(e.getKey()))
                .map(e -> Violation.of("undecodable", e.getKey(), e.getValue())).toList();
    }

    private Result auditOnce() throws InterruptedException {
        List<LoggedEvent> log = new ArrayList<>();
        Map<String, String> undecodable = new LinkedHashMap<>();
        EventCodec codec = EventCodec.forAllEvents();
        String servers = kafka.bootstrapServers(env);
        try (TopicScan scan = new TopicScan(ReadOnlyConsumers.consumer("coop-audit", servers, kafka.fileProperties()),
                topics())) {
            scan.read(record -> {
                try {
                    log.add(new LoggedEvent(record.topic(), record.partition(), record.offset(), codec.decode(record.value())));
                } catch (EventDecodingException e) {
                    undecodable.put(record.topic() + "/" + record.partition() + "@" + record.offset(), e.getMessage());
                }
            });
        }
        ServiceApi api = new ServiceApi();
        Set<String> evicted = new HashSet<>();
        if (!logOnly && !undecodable.isEmpty()) {
            ParkedSequences parked = new ParkedSequences(api);
            for (Service service : suite.services()) {
                evicted.addAll(parked.evictedRecords(service, suite.bearer()));
            }
        }
        List<Violation> violations = new ArrayList<>(undecodable(undecodable, evicted));
        violations.addAll(LogChecks.all(log));
        if (!logOnly) {
            violations.addAll(new StoreChecks(api, suite, suite.bearer()).all(log));
            violations.addAll(ReferenceChecks.of(api, suite.services(), suite.bearer()));
        }
        int evictedUndecodable = (int) undecodable.keySet().stream().filter(evicted::contains).count();
        return new Result(log.size(), LogChecks.republished(log), LogChecks.byAggregate(log).size(), violations,
                evictedUndecodable);
    }

    private static List<String> topics() {
        return Arrays.stream(EventTopic.values()).map(EventTopic::topic).toList();
    }
}

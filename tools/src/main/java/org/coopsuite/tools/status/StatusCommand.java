package org.coopsuite.tools.status;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.KafkaException;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.cli.CoopVersion;
import org.coopsuite.tools.kafka.KafkaOptions;
import org.coopsuite.tools.kafka.ReadOnlyConsumers;
import org.coopsuite.tools.suite.Service;
import org.coopsuite.tools.suite.ServiceApi;
import org.coopsuite.tools.suite.SuiteOptions;
import org.coopsuite.tools.suite.SuiteOptions.Bearer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code status}: how each service is (health, outbox, dead letters, parked sequences) and how
 * far behind each of its consumer groups is, per topic. Exit code 1 when a service is not UP
 * or has a parked sequence (or Kafka cannot be read), so that it serves as a check in scripts.
 */
@Command(name = "status", mixinStandardHelpOptions = true, versionProvider = CoopVersion.class, sortOptions = false,
        description = {"Per service: health, outbox backlog and oldest age, dead letters, parked sequences; "
                + "per consumer group: lag per topic (and partition with -v).",
            "Exit code 1 when a service is not UP or a sequence is parked."})
public final class StatusCommand implements Callable<Integer> {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    @Option(names = {"-v", "--verbose"}, description = "Each partition's lag and each outbox collection too.")
    boolean verbose;

    @Option(names = "--json", description = "One JSON object instead of the tables.")
    boolean json;

    @Mixin
    KafkaOptions kafka = new KafkaOptions();

    @Mixin
    SuiteOptions suite = new SuiteOptions();

    private final PrintStream out;
    private final Map<String, String> env;

    /**
     * @param out where the report goes
     * @param env the environment, for {@value KafkaOptions#BOOTSTRAP_ENV}
     */
    public StatusCommand(PrintStream out, Map<String, String> env) {
        this.out = out;
        this.env = env;
    }

    @Override
    public Integer call() throws InterruptedException {
        StatusReport report = report();
        if (json) {
            report.printJson(out);
        } else {
            report.printTable(out, verbose);
        }
        out.flush();
        return report.healthy() ? CommandLines.OK : CommandLines.FAILED;
    }

    StatusReport report() throws InterruptedException {
        Bearer bearer = suite.bearer();
        StatusProbe probe = new StatusProbe(new ServiceApi());
        List<ServiceStatus> statuses = new ArrayList<>();
        for (Service service : suite.services()) {
            statuses.add(probe.probe(service, bearer));
        }
        String servers = kafka.bootstrapServers(env);
        Admin admin = null;
        try {
            admin = Admin.create(ReadOnlyConsumers.admin("coop-status", servers, kafka.fileProperties()));
            ConsumerLag lag = new ConsumerLag(admin);
            List<ServiceStatus> withLag = new ArrayList<>();
            for (ServiceStatus status : statuses) {
                withLag.add(status.withGroups(status.service().groups().entrySet().stream()
                        .map(group -> lag.of(group.getKey(), group.getValue())).toList()));
            }
            return new StatusReport(withLag, "");
        } catch (IllegalStateException | KafkaException e) {
            return new StatusReport(statuses, "Kafka at " + servers + ": " + e.getMessage());
        } finally {
            if (admin != null) {
                admin.close(CLOSE_TIMEOUT);
            }
        }
    }
}

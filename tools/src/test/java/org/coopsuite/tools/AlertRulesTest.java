package org.coopsuite.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/prometheus/alerts.yml: a rule file Prometheus reads, whose every expression names
 * metrics the suite really exposes, as the Prometheus registry names its meters.
 */
class AlertRulesTest {

    private static final Path ROOT = Path.of("..");
    private static final Path RULES = ROOT.resolve("infra/prometheus/alerts.yml");
    private static final String PLATFORM = "platform/src/main/java/org/coopsuite/platform/";

    private static final String PARKED = "coop_parked_sequences";

    /** Each metric the rules may name, and where the suite registers it (a file and what it holds). */
    private static final Map<String, List<String>> EXPOSED = Map.of(
            "coop_outbox_backlog", List.of(PLATFORM + "aggregate/OutboxMetrics.java", "\"coop.outbox.backlog\""),
            "coop_outbox_oldest_age_seconds", List.of(PLATFORM + "aggregate/OutboxMetrics.java",
                    "\"coop.outbox.oldest.age\"", ".baseUnit(\"seconds\")"),
            "coop_outbox_relay_failures_total", List.of(PLATFORM + "aggregate/OutboxMetrics.java",
                    "Counter.builder(\"coop.outbox.relay.failures\")"),
            PARKED, List.of(PLATFORM + "config/ParkingConfiguration.java", "PARKED_GAUGE = \"coop.parked.sequences\"",
                    "Gauge.builder(PARKED_GAUGE"),
            "coop_dead_letters_total", List.of(PLATFORM + "messaging/DeadLetters.java",
                    "METER = \"coop.dead.letters\"", "Counter.builder(METER)"),
            "coop_projection_divergent_total", List.of(PLATFORM + "projection/ProjectionMetrics.java",
                    "counter(\"coop.projection.divergent\""),
            // The Kafka binder's own gauge (KafkaBinderMetrics), as the README documents it.
            "spring_cloud_stream_binder_kafka_offset", List.of("README.md", "`spring_cloud_stream_binder_kafka_offset`"),
            // Prometheus's own, for every target it scrapes.
            "up", List.of("infra/prometheus/prometheus.yml", "job_name: coop-suite"));


    private static final Set<String> PROMQL_WORDS = Set.of("and", "or", "unless", "by", "without", "on", "ignoring",
            "group_left", "group_right", "bool", "offset", "max", "min", "sum", "avg", "count", "increase", "rate",
            "irate", "deriv", "delta", "absent", "time");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void isARuleFileThePrometheusConfigurationReads() throws IOException {
        assertThat(rules()).extracting(rule -> rule.get("alert")).doesNotHaveDuplicates().contains(
                "CoopConsumerLagGrowing", "CoopOutboxOldestEventTooOld", "CoopSequenceParked", "CoopEventDeadLettered",
                "CoopOutboxRelayFailing", "CoopServiceDown");
        assertThat(rules()).allSatisfy(rule -> {
            assertThat(rule).containsKeys("alert", "expr", "labels", "annotations");
            assertThat(((Map<?, ?>) rule.get("labels")).containsKey("severity")).as("severity").isTrue();
            assertThat(((Map<?, ?>) rule.get("annotations")).containsKey("summary")).as("summary").isTrue();
        });
        assertThat(Files.readString(ROOT.resolve("infra/prometheus/prometheus.yml"))).contains("rule_files:\n  - alerts.yml");
    }

    @Test
    void namesOnlyMetricsTheSuiteExposes() throws IOException {
        Set<String> named = new TreeSet<>();
        rules().forEach(rule -> named.addAll(metrics(rule.get("expr").toString())));

        assertThat(named).contains("spring_cloud_stream_binder_kafka_offset", "coop_outbox_oldest_age_seconds",
                "coop_outbox_relay_failures_total", "coop_dead_letters_total", PARKED, "coop_projection_divergent_total");
        for (String metric : named) {
            assertThat(EXPOSED).as("a metric the suite exposes").containsKey(metric);
            assertRegistered(metric, EXPOSED.get(metric));
        }
    }

    @Test
    void readsTheMetricsOfAnExpression() {
        assertThat(metrics("max by (service, collection) (coop_outbox_oldest_age_seconds{collection=\"calls\"}) > 300"))
                .containsExactly("coop_outbox_oldest_age_seconds");
        assertThat(metrics("a_gauge > 100 and deriv(a_gauge[10m]) > 0 or up{job=\"coop-suite\"} == 0"))
                .containsExactlyInAnyOrder("a_gauge", "up");
    }

    /**
     * Where promtool is installed (on the PATH, or at {@code $PROMTOOL}; the Debian package
     * prometheus has it), it checks the file as Prometheus will, and runs alerts-test.yml: each
     * alert fires on the series it is for, and not on those it is not.
     */
    @Test
    void passesPromtoolsCheckAndItsUnitTestsWhereItIsInstalled() throws Exception {
        Path promtool = promtool();
        if ("true".equals(System.getenv("COOP_REQUIRE_PROMTOOL"))) {
            assertThat(promtool).as("promtool, which .ci/run unpacks from Debian's prometheus package").isNotNull();
        }
        assumeTrue(promtool != null, "promtool is not installed here (nor named by $PROMTOOL)");
        promtool(promtool, "check", "rules", RULES.toString());
        promtool(promtool, "check", "config", ROOT.resolve("infra/prometheus/prometheus.yml").toString());
        promtool(promtool, "test", "rules", ROOT.resolve("infra/prometheus/alerts-test.yml").toString());
    }

    private static Path promtool() {
        String named = System.getenv("PROMTOOL");
        if (named != null && Files.isExecutable(Path.of(named))) {
            return Path.of(named);
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "promtool")).filter(Files::isExecutable).findFirst().orElse(null);
    }

    private static void promtool(Path promtool, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(promtool.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", args) + ": " + output).isZero();
    }

    private static void assertRegistered(String metric, List<String> where) {
        String source = read(ROOT.resolve(where.get(0)));
        for (String expected : where.subList(1, where.size())) {
            assertThat(source).as(metric + " in " + where.get(0)).contains(expected);
        }
    }

    /** The metric names of a PromQL expression: its identifiers, less labels, strings, ranges and PromQL's own words. */
    static Set<String> metrics(String expr) {
        String bare = expr.replaceAll("\"[^\"]*\"", "\"\"").replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", "")
                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", "");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(bare);
        while (matcher.find()) {
            if (!PROMQL_WORDS.contains(matcher.group())) {
                names.add(matcher.group());
            }
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rules() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(RULES));
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) file.get("groups")) {
            rules.addAll((List<Map<String, Object>>) group.get("rules"));
        }
        return rules;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

package org.coopsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.coopsuite.cli.CommandLines;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.tools.audit.AuditCommand;
import org.coopsuite.tools.status.StatusCommand;
import org.coopsuite.tools.trace.TraceCommand;
import picocli.CommandLine;

/**
 * {@code ./coop trace}, {@code ./coop status} and {@code ./coop audit} against the running services, as an operator
 * runs them: the commands of the tools jar with the services' ports and an OPERATOR token.
 */
final class OperatorConsole {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NO_ENDPOINT = "n/a (service has no parked-sequence endpoint)";

    private final Map<String, ServiceProcess> services;
    private final String operator = TestTokens.as(Role.OPERATOR).side("EU").token();

    OperatorConsole(ServiceProcess dialogue, ServiceProcess call, ServiceProcess funding) {
        this.services = Map.of("dialogue-service", dialogue, "call-service", call, "funding-service", funding);
    }

    /** The console of the suite's processes as they are now (a restart puts a service on other ports). */
    static OperatorConsole of(RunningSuite suite) {
        return new OperatorConsole(suite.dialogue, suite.call, suite.funding);
    }

    /** What {@code ./coop status --json} printed and its exit code. */
    record Status(int code, JsonNode report) {

        /** The lag of a consumer group on a topic, as the report gives it. */
        long lag(String group, String topic) {
            for (JsonNode service : report.get("services")) {
                for (JsonNode g : service.get("groups")) {
                    for (JsonNode t : g.get("topics")) {
                        if (g.get("group").asText().equals(group) && t.get("topic").asText().equals(topic)) {
                            return t.get("lag").asLong();
                        }
                    }
                }
            }
            throw new AssertionError("no lag of " + group + " on " + topic + " in " + report);
        }

        String health(String service) {
            for (JsonNode s : report.get("services")) {
                if (s.get("service").asText().equals(service)) {
                    return s.get("health").asText();
                }
            }
            throw new AssertionError("no " + service + " in " + report);
        }
    }

    Status status() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = execute(new StatusCommand(new PrintStream(out, true, StandardCharsets.UTF_8), Map.of()), out, "--json");
        try {
            return new Status(code, JSON.readTree(out.toString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code ./coop trace CALL_ID --json}, one JSON object a line. */
    List<JsonNode> trace(String callId) {
        return json(run(out -> new TraceCommand(out, Map.of()), callId, "--json"));
    }

    /**
     * The trace of the call shows its thread from the mandate to the grants and the agenda item,
     * each event after its cause, and the projections of every service at the call's last state.
     */
    void assertTraceShowsTheThread(String callId, String agreementId, String resultsState) {
        List<JsonNode> lines = await("the trace of " + callId).atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> json(run(out -> new TraceCommand(out, Map.of()), callId, "--json")),
                        l -> standing(l, "call-service", "call " + callId).path("state").asText().equals(resultsState)
                                && standing(l, "funding-service", "call " + callId).path("state").asText().equals(resultsState)
                                && standing(l, "dialogue-service", "call " + callId).path("state").asText().equals(resultsState));
        List<JsonNode> events = lines.stream().filter(l -> l.has("event")).toList();
        List<String> types = events.stream().map(e -> e.get("type").asText()).toList();
        assertThat(types).contains("DecisionRecorded", "CallDrafted", "CallUpdated", "CallSubmittedForFunding",
                "AgreementOpened", "FundingCommitted", "CoFundingSecured", "CallOpened", "ProposalSubmitted",
                "CallResultsPublished", "GrantAllocated", "AgendaItemAdded");
        assertThat(types.indexOf("DecisionRecorded")).isLessThan(types.indexOf("CallDrafted"));
        assertThat(types.indexOf("CallSubmittedForFunding")).isLessThan(types.indexOf("AgreementOpened"));
        assertThat(types.indexOf("CoFundingSecured")).isLessThan(types.indexOf("CallOpened"));
        assertThat(types.indexOf("CallResultsPublished")).isLessThan(types.indexOf("GrantAllocated"))
                .isLessThan(types.indexOf("AgendaItemAdded"));
        Set<String> seen = new HashSet<>();
        for (JsonNode event : events) {
            if (!event.get("causedBy").isNull()) {
                assertThat(seen).as("the cause of " + event.get("type")).contains(event.get("causedBy").asText());
            }
            seen.add(event.at("/event/meta/eventId").asText());
        }
        assertThat(events).filteredOn(e -> e.get("type").asText().equals("CallDrafted")).singleElement()
                .satisfies(e -> assertThat(e.get("depth").asInt()).isEqualTo(1));
        JsonNode call = standing(lines, "call-service", "call " + callId);
        assertThat(call.get("version").asLong()).isEqualTo(call.get("lastEventVersion").asLong());
        assertThat(standing(lines, "funding-service", "agreement " + agreementId).path("state").asText()).isEqualTo("ALLOCATED");
        assertThat(lines).filteredOn(l -> l.has("parked")).hasSize(3).allSatisfy(l -> assertThat(
                l.at("/parked/note").asText(NO_ENDPOINT).equals(NO_ENDPOINT) || l.at("/parked/inPath").isEmpty()).isTrue());
    }

    /**
     * Writes what an operator reads (trace and status as tables) under e2e-logs, beside the
     * services' logs: what the run looked like, when a test of it fails.
     */
    void writeTheTablesOf(String callId) {
        String trace = run(out -> new TraceCommand(out, Map.of()), callId);
        String status = run(out -> new StatusCommand(out, Map.of()), "-v");
        write("operator-console.txt", "./coop trace " + callId + "\n" + trace + "\n./coop status -v\n" + status);
    }

    /** Writes {@code ./coop status} as a table, and, when given, {@code ./coop trace CALL_ID}, to that file of e2e-logs. */
    void writeTables(String file, String callId) {
        String tables = "./coop status\n" + run(out -> new StatusCommand(out, Map.of()));
        if (callId != null) {
            tables += "\n./coop trace " + callId + "\n" + run(out -> new TraceCommand(out, Map.of()), callId);
        }
        write(file, tables);
    }

    private static void write(String name, String text) {
        Path file = Path.of(System.getProperty("coop.e2e.root", ".."), "e2e-tests/target/e2e-logs", name);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Once the services have caught up, status sees them all UP with no lag and exits 0. */
    void assertStatusHealthyOnceCaughtUp() {
        JsonNode report = await("every group caught up").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> JSON.readTree(run(out -> new StatusCommand(out, Map.of()), "--json")), r -> r.get("healthy").asBoolean() && lags(r).stream().allMatch(lag -> lag == 0));
        assertThat(report.get("services")).hasSize(3).allSatisfy(s -> assertThat(s.get("health").asText()).isEqualTo("UP"));
        assertThat(lags(report)).hasSize(4);
    }

    /** What {@code ./coop audit} printed and its exit code. */
    record Audit(int code, String printed) {
    }

    /** {@code ./coop audit} with these options, e.g. {@code --wait 60s} (again until clean, as the services settle). */
    Audit audit(String... options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = execute(new AuditCommand(new PrintStream(out, true, StandardCharsets.UTF_8), Map.of()), out, options);
        return new Audit(code, out.toString(StandardCharsets.UTF_8));
    }

    private static List<Long> lags(JsonNode report) {
        List<Long> lags = new ArrayList<>();
        report.get("services").forEach(s -> s.get("groups").forEach(g -> lags.add(g.get("lag").asLong())));
        return lags;
    }

    private static JsonNode standing(List<JsonNode> lines, String service, String aggregate) {
        return lines.stream().filter(l -> l.has("projection")).map(l -> l.get("projection"))
                .filter(p -> p.get("service").asText().equals(service) && p.get("aggregate").asText().equals(aggregate))
                .findFirst().orElse(JSON.createObjectNode());
    }

    /** Runs a command with the services' URLs, the test broker and the token; answers its standard output. */
    private String run(Function<PrintStream, Callable<Integer>> commandPrintingTo, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        execute(commandPrintingTo.apply(new PrintStream(out, true, StandardCharsets.UTF_8)), out, args);
        return out.toString(StandardCharsets.UTF_8);
    }

    private int execute(Callable<Integer> command, ByteArrayOutputStream out, String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--bootstrap-servers", TestInfrastructure.shared().kafkaBootstrapServers(), "--token", operator));
        services.forEach((name, process) -> all.addAll(List.of("--" + name + "-url", "http://localhost:" + process.port(),
                "--" + name + "-management-url", "http://localhost:" + process.managementPort())));
        CommandLine line = new CommandLine(command);
        int code = CommandLines.execute(line, stdout, new PrintStream(err, true, StandardCharsets.UTF_8),
                all.toArray(String[]::new));
        assertThat(code).as(err.toString(StandardCharsets.UTF_8) + out.toString(StandardCharsets.UTF_8))
                .isIn(CommandLines.OK, CommandLines.FAILED);
        return code;
    }

    private static List<JsonNode> json(String lines) {
        return lines.lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }
}

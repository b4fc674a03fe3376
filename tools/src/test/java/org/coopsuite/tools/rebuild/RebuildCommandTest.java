package org.coopsuite.tools.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.tools.StandIns.answer;
import static org.coopsuite.tools.StandIns.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command against a stand-in for a service's operator endpoints (the real ones: platform's ProjectionRebuildIT). */
class RebuildCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Deque<String> progress = new ArrayDeque<>();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer service;
    private int startStatus = 202;

    @BeforeEach
    void start() throws IOException {
        service = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        service.createContext("/api/operator/projections", exchange -> {
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " " + body(exchange));
            if (exchange.getRequestMethod().equals("GET")) {
                answer(exchange, 200, """
                        [{"collection": "ledgerViews", "topics": ["coop.funding.events"], "viewType": "LedgerView"}]""");
            } else if (startStatus == 409) {
                answer(exchange, 409, "{\"detail\": \"A rebuild of ledgerViews runs already: r-0\"}");
            } else {
                answer(exchange, 202, rebuild("RUNNING", 0, 0, "[]"));
            }
        });
        service.createContext("/api/operator/rebuilds", exchange -> {
            asked.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            answer(exchange, 200, progress.size() > 1 ? progress.poll() : progress.peek());
        });
        service.start();
    }

    @AfterEach
    void stop() {
        service.stop(0);
    }

    @Test
    void aRebuildIsStartedFollowedInPlainLinesOffATerminalAndSwappedIn() {
        progress.add(rebuild("RUNNING", 250, 0, "[]"));
        progress.add(rebuild("RUNNING", 500, 0, "[]"));
        progress.add(rebuild("SWAPPED", 1_000, 0, "[]"));

        assertThat(run("funding", "ledgerViews")).isEqualTo(CommandLines.OK);

        assertThat(asked.get(0)).isEqualTo("POST /api/operator/projections/ledgerViews/rebuilds {\"dryRun\":false}");
        assertThat(asked).contains("GET /api/operator/rebuilds/r-1");
        assertThat(text(out)).startsWith("Rebuild r-1 of ledgerViews on funding-service (coop.funding.events)\n")
                .contains("100% 1,000/1,000 events  500/s  ETA 0:00  SWAPPED\n")
                .endsWith("Swapped in: ledgerViews is the rebuilt projection; 1,000 events read (1,000 at the start), 500/s\n")
                .doesNotContain("\r", "[#");
    }

    @Test
    void onATerminalOneBarIsRedrawnInPlace() {
        progress.add(rebuild("SWAPPED", 1_000, 0, "[]"));

        assertThat(run(true, "funding-service", "ledgerViews")).isEqualTo(CommandLines.OK);

        assertThat(text(out)).contains("\r[" + "#".repeat(Progress.BAR) + "] 100% 1,000/1,000 events");
    }

    @Test
    void aDryRunThatFindsDifferencesPrintsThemAndExitsWithOne() {
        progress.add(rebuild("COMPARED", 1_000, 1, "[{\"id\": \"agr-7\", \"kind\": \"DIFFERENT\", \"fields\": [\"total\"]}]"));

        assertThat(run("funding", "ledgerViews", "--dry-run")).isEqualTo(CommandLines.FAILED);

        assertThat(asked.get(0)).endsWith("{\"dryRun\":true}");
        assertThat(text(out)).contains("1 views differ between the rebuilt and the live ledgerViews", "  agr-7  differs in total");
    }

    @Test
    void aRebuildRunningAlreadyFailsSayingSo() {
        startStatus = 409;

        assertThat(run("funding", "ledgerViews")).isEqualTo(CommandLines.FAILED);

        assertThat(text(err)).contains("funding-service: A rebuild of ledgerViews runs already: r-0");
    }

    @Test
    void theListShowsEachProjectionWithItsTopics() {
        assertThat(run("--list", "funding")).isEqualTo(CommandLines.OK);

        assertThat(text(out)).isEqualTo("""
                SERVICE          PROJECTION   TOPICS               VIEW
                funding-service  ledgerViews  coop.funding.events  LedgerView
                """);
    }

    @Test
    void anUnknownServiceIsBadUsage() {
        assertThat(run("billing", "ledgerViews")).isEqualTo(CommandLines.USAGE);
        assertThat(text(err)).contains("no service 'billing'");
    }

    private int run(String... args) {
        return run(false, args);
    }

    private int run(boolean terminal, String... args) {
        String url = "http://127.0.0.1:" + service.getAddress().getPort();
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--token", "t", "--funding-service-url", url, "--interval", "10ms"}, 0, all,
                args.length, 6);
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        return CommandLines.execute(new CommandLine(new RebuildCommand(stdout, terminal)), stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8), all);
    }

    private static String rebuild(String state, long read, int differences, String listed) {
        return """
                {"id": "r-1", "collection": "ledgerViews", "topics": ["coop.funding.events"], "dryRun": false,
                 "state": "%s", "totalAtStart": 1000, "eventsRead": %d, "eventsPerSecond": 500.0, "undecodable": 0,
                 "heldBack": 0, "firstFailure": null, "differenceCount": %d, "differences": %s, "error": null}"""
                .formatted(state, read, differences, listed);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}

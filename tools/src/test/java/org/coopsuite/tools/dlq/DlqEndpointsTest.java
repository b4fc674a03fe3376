package org.coopsuite.tools.dlq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.tools.StandIns.answer;
import static org.coopsuite.tools.StandIns.body;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.coopsuite.cli.CommandLines;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The dlq commands against stand-ins for the services' operator endpoints: call-service holds one
 * parked sequence, the other two none (the real endpoints: platform's ParkedSequencesIT, and the
 * dashboard's browser tests drive them for real). What each command asks, and what it prints.
 */
class DlqEndpointsTest {

    private static final String SEQUENCE = """
            {"id": "s-1", "group": "call-service", "topic": "coop.funding.events", "aggregateId": "agr-7",
             "reason": "NotFoundException: Call no-such-call does not exist", "transient": false,
             "parkedAt": "2026-12-07T10:00:00Z", "state": "%s", "stack": "NotFoundException: Call no-such-call\\n\\tat Calls.load",
             "outcome": %s,
             "events": [{"partition": 0, "offset": 41, "aggregateVersion": 1, "eventType": "CoFundingSecured", "eventId": "e-1",
                         "parkedAt": "2026-12-07T10:00:00Z"},
                        {"partition": 0, "offset": 42, "aggregateVersion": 2, "eventType": "FundingToppedUp", "eventId": "e-2",
                         "parkedAt": "2026-12-07T10:00:01Z"}]}""";

    /** The sequence as the list shows it: its events counted. */
    private static final String LISTED = """
            {"id": "s-1", "group": "call-service", "topic": "coop.funding.events", "aggregateId": "agr-7",
             "reason": "NotFoundException: Call no-such-call does not exist", "transient": false,
             "parkedAt": "2026-12-07T10:00:00Z", "events": 2, "state": "PARKED", "outcome": null}""";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private HttpServer call;
    private HttpServer others;
    private boolean parksAgain;

    @BeforeEach
    void start() throws IOException {
        call = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        call.createContext("/api/operator/parked", exchange -> {
            String request = exchange.getRequestMethod() + " " + exchange.getRequestURI();
            asked.add("call " + request + " " + body(exchange) + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            switch (request) {
                case "GET /api/operator/parked?size=100&page=0" -> answer(exchange, 200, "{\"items\": [" + LISTED
                        + "], \"page\": 0, \"size\": 100, \"totalItems\": 1, \"totalPages\": 1}");
                case "GET /api/operator/parked/s-1" -> answer(exchange, 200, sequence("PARKED", "null"));
                case "POST /api/operator/parked/s-1/retry" -> answer(exchange, 200, parksAgain
                        ? "{\"id\": \"s-1\", \"applied\": 0, \"parkedAgain\": true, \"reason\": \"NotFoundException: still no call\"}"
                        : "{\"id\": \"s-1\", \"applied\": 2, \"parkedAgain\": false}");
                case "POST /api/operator/parked/s-1/eviction" -> answer(exchange, 200, sequence("EVICTED",
                        "{\"at\": \"2026-12-07T11:00:00Z\", \"by\": \"operator-eu\", \"reason\": \"the call was never made\"}"));
                default -> answer(exchange, 404, "{\"detail\": \"no such sequence\"}");
            }
        });
        call.start();
        others = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        others.createContext("/api/operator/parked", exchange -> {
            asked.add("other " + exchange.getRequestMethod() + " " + exchange.getRequestURI());
            if (exchange.getRequestURI().toString().startsWith("/api/operator/parked?")) {
                answer(exchange, 200, "{\"items\": [], \"page\": 0, \"size\": 100, \"totalItems\": 0, \"totalPages\": 0}");
            } else {
                answer(exchange, 404, "{\"detail\": \"no such sequence\"}");
            }
        });
        others.start();
    }

    @AfterEach
    void stop() {
        call.stop(0);
        others.stop(0);
    }

    @Test
    void theListAsksEveryServiceAndShowsTheParkedSequenceWithItsReason() {
        assertThat(run("list")).isEqualTo(CommandLines.OK);

        assertThat(asked).contains("call GET /api/operator/parked?size=100&page=0  Bearer t",
                "other GET /api/operator/parked?size=100&page=0");
        assertThat(text(out)).startsWith("SERVICE       SEQUENCE  GROUP         TOPIC                AGGREGATE  EVENTS  STATE ")
                .contains("call-service  s-1       call-service  coop.funding.events  agr-7      2       PARKED",
                        "NotFoundException: Call no-such-call does not exist");
    }

    @Test
    void showFindsTheServiceThatHoldsTheSequenceAndPrintsItsEventsInOrder() {
        assertThat(run("show", "s-1")).isEqualTo(CommandLines.OK);

        assertThat(text(out)).contains("service    call-service", "aggregate  agr-7", "state      PARKED")
                .containsSubsequence("1  0          41      1        CoFundingSecured", "2  0          42      2        FundingToppedUp")
                .contains("stack of the first failure:", "  \tat Calls.load");
    }

    @Test
    void aRetryIsAskedOfTheServiceThatHoldsItAndSaysWhatItDid() {
        assertThat(run("retry", "s-1")).isEqualTo(CommandLines.OK);

        assertThat(asked).anyMatch(line -> line.startsWith("call POST /api/operator/parked/s-1/retry"));
        assertThat(asked).noneMatch(line -> line.startsWith("other POST"));
        assertThat(text(out)).contains("call-service  s-1       2        done");
    }

    @Test
    void aRetryThatParksAgainExitsWithOneAndGivesTheNewReason() {
        parksAgain = true;

        assertThat(run("retry", "s-1")).isEqualTo(CommandLines.FAILED);

        assertThat(text(out)).contains("parked again: NotFoundException: still no call");
    }

    @Test
    void anEvictionSendsTheOperatorsReasonAndSaysWhoEvictedWhat() {
        assertThat(run("evict", "s-1", "--reason", "the call was never made")).isEqualTo(CommandLines.OK);

        assertThat(asked).anyMatch(line -> line.startsWith("call POST /api/operator/parked/s-1/eviction "
                + "{\"reason\":\"the call was never made\"}"));
        assertThat(text(out).strip()).isEqualTo("evicted s-1 of call-service (agr-7, 2 events) by operator-eu: the call was never made");
    }

    @Test
    void anUnknownSequenceFailsWithOneAndSaysSo() {
        assertThat(run("show", "s-9")).isEqualTo(CommandLines.FAILED);

        assertThat(text(err)).contains("s-9");
    }

    private int run(String... args) {
        String callUrl = "http://127.0.0.1:" + call.getAddress().getPort();
        String otherUrl = "http://127.0.0.1:" + others.getAddress().getPort();
        String[] all = new String[args.length + 8];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--token", "t", "--call-service-url", callUrl, "--funding-service-url", otherUrl,
                "--dialogue-service-url", otherUrl}, 0, all, args.length, 8);
        PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
        return CommandLines.execute(new CommandLine(new DlqCommand(stdout)), stdout,
                new PrintStream(err, true, StandardCharsets.UTF_8), all);
    }

    private static String sequence(String state, String outcome) {
        return SEQUENCE.formatted(state, outcome);
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}

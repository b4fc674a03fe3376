package org.coopsuite.tools.latency;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coopsuite.infra.token.JwtKeys;
import org.coopsuite.infra.token.Role;
import org.coopsuite.infra.token.TokenMinter;
import org.coopsuite.infra.token.TokenRequest;

/**
 * Measures, on a running suite, the time from a call-mandate decision request (to
 * dialogue-service) until the call it launches is visible in funding-service's projection:
 * the whole path of decision, outbox, relay, Kafka, call-service's reaction, its outbox and
 * relay, Kafka again, and funding-service's projection. One mandate at a time; {@link LatencyCommand} runs it.
 */
final class MandateLatency {

    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern CALL_ID = Pattern.compile("\"callId\":\"([^\"]+)\"");
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final String dialogueUrl;
    private final String fundingUrl;
    private final String secretariat;
    private final String viewer;

    MandateLatency(String dialogueUrl, String fundingUrl, Path dataDir) {
        this.dialogueUrl = dialogueUrl;
        this.fundingUrl = fundingUrl;
        TokenMinter minter = new TokenMinter(JwtKeys.load(dataDir));
        this.secretariat = minter.mint(TokenRequest.of("latency", "EU", null, Role.SECRETARIAT));
        this.viewer = minter.mint(TokenRequest.of("latency", "JP", null, Role.VIEWER));
    }

    List<Double> measure(int count) throws IOException, InterruptedException {
        String dialogue = openDialogue();
        measureOnce(dialogue); // warm-up, not counted
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            millis.add(measureOnce(dialogue));
        }
        return millis;
    }

    private double measureOnce(String dialogue) throws IOException, InterruptedException {
        long started = System.nanoTime();
        String decision = post(dialogueUrl + "/api/dialogues/" + dialogue + "/decisions", """
                {"kind":"CALL_MANDATE","summary":"Latency probe","mandate":{"modality":"JOINT",
                "strategicArea":"CLIMATE_CHANGE","topics":["Latency"],"indicativeBudget":{
                "EU":{"amount":"1000000.00","currency":"EUR"},"JP":{"amount":"150000000","currency":"JPY"}}}}""");
        String callId = find(CALL_ID, decision);
        HttpRequest view = HttpRequest.newBuilder(URI.create(fundingUrl + "/api/calls/" + callId))
                .header("Authorization", "Bearer " + viewer).build();
        while (http.send(view, HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
            if (System.nanoTime() - started > GIVE_UP.toNanos()) {
                throw new IllegalStateException("call " + callId + " not visible after " + GIVE_UP);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
        }
        return (System.nanoTime() - started) / 1e6;
    }

    private String openDialogue() throws IOException, InterruptedException {
        String dialogue = find(ID, post(dialogueUrl + "/api/dialogues", """
                {"title":"Latency probe","level":"WORKING_GROUP","date":"%s",
                "coChairs":[{"side":"EU","name":"A"},{"side":"JP","name":"B"}]}"""
                .formatted(LocalDate.now().plusDays(1))));
        post(dialogueUrl + "/api/dialogues/" + dialogue + "/session", "{}");
        return dialogue;
    }

    private String post(String url, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + secretariat).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String find(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + json);
        }
        return matcher.group(1);
    }

    static void report(List<Double> millis, PrintStream out) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        out.printf("decision request -> call visible in funding-service's projection, %d mandates one at a time:%n",
                sorted.size());
        out.printf("  min %.1f ms, median %.1f ms, p95 %.1f ms, max %.1f ms%n", sorted.get(0),
                percentile(sorted, 50), percentile(sorted, 95), sorted.get(sorted.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }
}

package org.coopsuite.bench.latency;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.bench.projection.BenchStack;
import org.coopsuite.infra.TopicCreator;
import org.coopsuite.platform.test.SuiteProcesses;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.ScriptTimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Event to visible on an open page: the whole suite as processes ({@link SuiteProcesses}) on a
 * fresh embedded broker and server, a call's page open in headless Chromium, signed in through
 * the authorization server's form; the call's title edited through call-service's API, one edit
 * at a time, each an event; the page shows each new title without a reload (the dashboard's
 * consumer learns of the event, tells the page by a server-sent event, the page fetches its
 * fragment again). Measured in the page: a MutationObserver notes when the title changed, with
 * the page's clock ({@code performance.timeOrigin + performance.now()}, the machine's clock as
 * this JVM's), and when the server-sent event before it came.
 */
public final class VisibleLatency {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final String USER = "secretariat-eu";
    public static final Duration VISIBLE_WITHIN = Duration.ofSeconds(10);

    // The page's observer: the first time each title is seen, and the last server-sent event before it.
    private static final String OBSERVE = """
            window.benchSeen = {}; window.benchMessage = {}; window.benchLastMessage = null; window.benchWaiting = null;
            const now = () => performance.timeOrigin + performance.now();
            document.body.addEventListener('htmx:sseMessage', () => { window.benchLastMessage = now(); });
            const note = () => {
              const title = document.querySelector('#call h1');
              const text = title && title.textContent.trim();
              if (text && !(text in window.benchSeen)) {
                window.benchSeen[text] = now(); window.benchMessage[text] = window.benchLastMessage;
                const waiting = window.benchWaiting;
                if (waiting && waiting.title === text) { window.benchWaiting = null; waiting.done(window.benchSeen[text]); }
              }
            };
            new MutationObserver(note).observe(document.body, {subtree: true, childList: true, characterData: true});
            """;

    // Answers when the title is first seen (at once if it was): the browser calls back, nothing polls.
    // A page reloaded meanwhile has lost its observer: it answers "reloaded".
    private static final String AWAIT_TITLE = """
            const title = arguments[0], done = arguments[arguments.length - 1];
            if (!window.benchSeen) { done('reloaded'); }
            else if (title in window.benchSeen) { done(window.benchSeen[title]); } else { window.benchWaiting = {title, done}; }
            """;

    // htmx's sse extension keeps the page's EventSource in the element's internal data.
    private static final String STREAM_OPEN = """
            const call = document.getElementById('call');
            const data = call && call['htmx-internal-data'];
            return data && data.sseEventSource ? data.sseEventSource.readyState : null;
            """;

    private VisibleLatency() {
    }

    /**
     * @param answeredToVisible from call-service's answer (the event stored, for its relay to publish) to the new title on the page
     * @param sentToVisible     from the command's send to the new title on the page
     * @param answeredToMessage from call-service's answer to the page's server-sent event
     * @param messageToVisible  from the server-sent event to the new title: the fragment fetched again and swapped in
     * @param missed            edits not visible within {@link #VISIBLE_WITHIN}
     */
    public record Result(Latencies.Summary answeredToVisible, Latencies.Summary sentToVisible,
            Latencies.Summary answeredToMessage, Latencies.Summary messageToVisible, int missed) {

        /** The Markdown table docs/benchmarks.md takes. */
        public String table() {
            StringBuilder table = new StringBuilder("| ms | p50 | p95 | p99 | max | n |\n| --- | ---: | ---: | ---: | ---: | ---: |\n");
            row(table, "call-service answered to visible on the page", answeredToVisible);
            row(table, "command sent to visible on the page", sentToVisible);
            row(table, "of which: answered to the page's server-sent event", answeredToMessage);
            row(table, "of which: server-sent event to visible (fragment fetched again, swapped in)", messageToVisible);
            return table.toString();
        }

        private static void row(StringBuilder table, String path, Latencies.Summary summary) {
            table.append(String.format("| %s | %.1f | %.1f | %.1f | %.1f | %d |%n", path, summary.p50(), summary.p95(),
                    summary.p99(), summary.max(), summary.count()));
        }
    }

    public static Result run(Path root, String version, int events, int warmUp) {
        Path chromedriver = chromedriver();
        try (BenchStack stack = BenchStack.start(BenchStack.Backend.MEMORY)) {
            TopicCreator.createMissingEventTopics(stack.bootstrapServers());
            try (SuiteProcesses suite = SuiteProcesses.start(root, version, stack.bootstrapServers(), stack.mongoUri(),
                    root.resolve("bench/target/logs"), List.of("-Xmx384m", "-XX:+UseSerialGC"))) {
                WebDriver browser = open(chromedriver);
                try {
                    return measure(suite, browser, events, warmUp);
                } finally {
                    browser.quit();
                }
            }
        }
    }

    private static Result measure(SuiteProcesses suite, WebDriver browser, int events, int warmUp) {
        String officer = suite.bearer("PROGRAMME_OFFICER", "EU", null);
        RestClient call = RestClient.create("http://localhost:" + suite.call().port());
        ResponseEntity<Map> drafted = call.post().uri("/api/calls").header(HttpHeaders.AUTHORIZATION, officer)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("modality", "JOINT",
                        "participatingSides", List.of("EU", "JP"), "content", content("Live 0")))
                .retrieve().toEntity(Map.class);
        String id = (String) drafted.getBody().get("id");
        Object version = drafted.getBody().get("version");

        signIn(browser, suite.dashboardUrl());
        browser.get(suite.dashboardUrl() + "/calls/" + id);
        JavascriptExecutor page = (JavascriptExecutor) browser;
        try {
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> Long.valueOf(1).equals(page.executeScript(STREAM_OPEN)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new IllegalStateException("The page's event stream did not open within 20 s at " + browser.getCurrentUrl()
                    + " (its EventSource's readyState: " + page.executeScript(STREAM_OPEN) + ")", e);
        }
        page.executeScript(OBSERVE);
        browser.manage().timeouts().scriptTimeout(VISIBLE_WITHIN);

        Latencies answeredToVisible = new Latencies();
        Latencies sentToVisible = new Latencies();
        Latencies answeredToMessage = new Latencies();
        Latencies messageToVisible = new Latencies();
        int missed = 0;
        for (int i = 1; i <= warmUp + events; i++) {
            String title = "Live " + i;
            double sent = epochMillis(Instant.now());
            Map<?, ?> edited = call.put().uri("/api/calls/" + id).header(HttpHeaders.AUTHORIZATION, officer)
                    .header(HttpHeaders.IF_MATCH, String.valueOf(version)).contentType(MediaType.APPLICATION_JSON)
                    .body(content(title)).retrieve().body(Map.class);
            double answered = epochMillis(Instant.now());
            version = edited.get("version");
            Number visible = awaitVisible(page, title);
            if (i <= warmUp) {
                continue;
            }
            if (visible == null) {
                missed++;
                continue;
            }
            answeredToVisible.add(nanos(visible.doubleValue() - answered));
            sentToVisible.add(nanos(visible.doubleValue() - sent));
            Object message = page.executeScript("return window.benchMessage[arguments[0]];", title);
            if (message instanceof Number at) {
                answeredToMessage.add(nanos(at.doubleValue() - answered));
                messageToVisible.add(nanos(visible.doubleValue() - at.doubleValue()));
            }
        }
        return new Result(answeredToVisible.summary(), sentToVisible.summary(), answeredToMessage.summary(),
                messageToVisible.summary(), missed);
    }

    /** When the page first showed the title, by its clock; null when not within {@link #VISIBLE_WITHIN}. */
    private static Number awaitVisible(JavascriptExecutor page, String title) {
        Object seen;
        try {
            seen = page.executeAsyncScript(AWAIT_TITLE, title);
        } catch (ScriptTimeoutException e) {
            return null;
        }
        if (seen instanceof Number at) {
            return at;
        }
        throw new IllegalStateException("The page was reloaded during the run: its observer is gone");
    }

    private static void signIn(WebDriver browser, String dashboardUrl) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        browser.get(dashboardUrl + "/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.name("username"))).sendKeys(USER);
        browser.findElement(By.name("password")).sendKeys(SuiteProcesses.PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
    }

    private static WebDriver open(Path chromedriver) {
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,1600",
                        "--lang=en");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(chromedriver.toFile()).build(),
                options);
    }

    private static Path chromedriver() {
        Path found = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "chromedriver")).filter(Files::isExecutable).findFirst().orElse(null);
        if (found == null || !Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("The live benchmark drives Chromium: apt-get install chromium chromium-driver");
        }
        return found;
    }

    private static Map<String, Object> content(String title) {
        LocalDate opening = LocalDate.now().plusDays(10);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("strategicAreas", List.of("CLIMATE_CHANGE"));
        content.put("topics", List.of("urban heat"));
        content.put("indicativeBudget", Map.of("EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                "JP", Map.of("amount", "800000000", "currency", "JPY")));
        content.put("timeline", Map.of("opening", opening.toString(), "deadline", opening.plusDays(30).toString(),
                "evaluationEnd", opening.plusDays(90).toString()));
        content.put("eligibility", Map.of("minimumPartnersPerSide", 1, "openAccessStatementRequired", true,
                "selfFundedPartnersAdmitted", true));
        content.put("climateCoefficient", 100);
        return content;
    }

    private static double epochMillis(Instant instant) {
        return instant.getEpochSecond() * 1000.0 + instant.getNano() / 1e6;
    }

    private static long nanos(double millis) {
        return Math.round(millis * 1e6);
    }
}

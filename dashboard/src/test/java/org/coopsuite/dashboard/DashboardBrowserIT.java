package org.coopsuite.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.coopsuite.platform.test.TestInfrastructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * The dashboard in a real browser against the real suite: signed in through the authorization
 * server's form, reading the services with the user's token.
 */
class DashboardBrowserIT {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON = new ParameterizedTypeReference<>() { };
    // The call page's event stream: htmx's sse extension keeps it in the element's internal data.
    private static final String STREAM = "const call = document.getElementById('call'); "
            + "const stream = call && call['htmx-internal-data'] && call['htmx-internal-data'].sseEventSource; ";

    private static BrowserSuite suite;

    @BeforeAll
    static void suite() {
        // A browser first: without one (and not required), skip before starting five processes.
        Browser.open().close();
        suite = BrowserSuite.get();
    }

    @Test
    void showsAViewerTheOverviewWithTheNumbersTheServicesAnswer() {
        String callId = draftedAndSubmitted("Overview numbers");
        String viewer = suite.bearer("VIEWER", "EU", null);
        await("the call in the overview").atMost(Duration.ofSeconds(30)).until(() -> overviewCounts(viewer, callId));
        try (Browser browser = Browser.open().signIn(suite, "viewer-eu", "coop")) {
            Map<String, Object> overview = get(suite.dialogue.port(), viewer, "/api/overview");
            Map<String, Object> area = area(overview, "CLIMATE_CHANGE");
            @SuppressWarnings("unchecked")
            Map<String, Object> byState = (Map<String, Object>) area.get("callsByState");
            for (Map.Entry<String, Object> state : byState.entrySet()) {
                assertThat(cell(browser, state.getKey(), "CLIMATE_CHANGE")).isEqualTo(String.valueOf(state.getValue()));
            }
            assertThat(cell(browser, "indicative", "CLIMATE_CHANGE")).isNotBlank();
            assertThat(browser.driver.findElements(By.id("nav-operations"))).isEmpty();
            browser.screenshot("overview");
        }
    }

    @Test
    void showsACallsTimeline() {
        String callId = draftedAndSubmitted("Timeline");
        Map<String, Object> call = get(suite.call.port(), suite.bearer("VIEWER", "JP", null), "/api/calls/" + callId);
        try (Browser browser = Browser.open().signIn(suite, "secretariat-eu", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/calls/" + callId);
            List<WebElement> changes = browser.find("#timeline").findElements(By.tagName("li"));
            assertThat(changes).hasSize(((List<?>) call.get("history")).size());
            assertThat(changes.get(0).getText()).contains("DRAFT");
            assertThat(changes.get(changes.size() - 1).getText()).contains("AWAITING_FUNDING");
            browser.screenshot("call");
        }
    }

    @Test
    void showsAnEventOnAnOpenPageWithinTwoSecondsWithoutAReload() {
        String callId = drafted("Live");
        try (Browser browser = Browser.open().signIn(suite, "secretariat-eu", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/calls/" + callId);
            assertThat(browser.find("#call-state").getText()).isEqualTo("DRAFT");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver;
            page.executeScript("window.notReloaded = true;");
            await("the page's event stream open").atMost(Duration.ofSeconds(10))
                    .until(() -> Boolean.TRUE.equals(page.executeScript(STREAM + "return !!(stream && stream.readyState === 1);")));
            page.executeScript(STREAM + "window.firstStream = stream;");

            post(suite.call.port(), suite.bearer("PROGRAMME_OFFICER", "EU", null), "/api/calls/" + callId + "/submission");

            await("the new state on the open page").atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(50))
                    // Read in one script: htmx swaps the element, and a found element can be stale before its text is read.
                    .until(() -> "AWAITING_FUNDING".equals(page.executeScript(
                            "const state = document.getElementById('call-state'); return state && state.textContent.trim();")));
            assertThat(page.executeScript("return window.notReloaded === true;")).isEqualTo(true);
            assertThat(page.executeScript(STREAM + "return stream === window.firstStream && stream.readyState === 1;"))
                    .as("the same stream, still open: a change swaps the section's contents, not the section that holds it")
                    .isEqualTo(true);
        }
    }

    @Test
    void speaksJapaneseAndWritesYenWithoutDecimals() {
        draftedAndSubmitted("Japanese");
        try (Browser browser = Browser.open().signIn(suite, "viewer-jp", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/?lang=ja");
            assertThat(browser.find("h1").getText()).isEqualTo("概要");
            assertThat(browser.find("html").getAttribute("lang")).isEqualTo("ja");
            List<WebElement> yen = browser.driver.findElements(By.xpath("//td[contains(., '￥') or contains(., '¥')]"));
            assertThat(yen).isNotEmpty().allSatisfy(cell -> assertThat(cell.getText()).matches("[￥¥][0-9,]+"));
            browser.screenshot("overview-ja");
            browser.driver.get(suite.dashboardUrl + "/?lang=en");
        }
    }

    @Test
    void offersAViewerNoOperatorActionsAndRefusesThemWhenAskedDirectly() {
        try (Browser browser = Browser.open().signIn(suite, "viewer-eu", "coop")) {
            assertThat(browser.driver.findElements(By.id("nav-operations"))).isEmpty();
            Object status = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch('/operations').then(r => done(r.status));");
            assertThat(status).isEqualTo(403L);
            browser.driver.get(suite.dashboardUrl + "/operations");
            assertThat(browser.find("[role=alert]").getText()).contains("does not allow");
        }
        int status = RestClient.create("http://localhost:" + suite.call.port()).post().uri("/api/operator/parked/retry")
                .header(HttpHeaders.AUTHORIZATION, suite.bearer("VIEWER", "EU", null)).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of()).exchange((request, response) -> response.getStatusCode().value());
        assertThat(status).isEqualTo(403);
    }

    @Test
    void showsAnOperatorTheServicesHealthAndParkedSequences() {
        try (Browser browser = Browser.open().signIn(suite, "operator-eu", "coop")) {
            browser.find("#nav-operations").click();
            List<WebElement> health = browser.find("#health").findElements(By.cssSelector("tbody tr"));
            assertThat(health).hasSize(3).allSatisfy(row -> assertThat(row.getText()).endsWith("UP"));
            // The lag and the outbox as each service answers them (/api/operator/status).
            List<WebElement> lag = browser.find("#lag").findElements(By.cssSelector("tbody tr"));
            assertThat(lag).extracting(row -> row.getAttribute("data-group"))
                    .contains("call-service", "funding-service", "funding-service-agreements", "dialogue-service");
            assertThat(lag).allSatisfy(row -> assertThat(row.findElement(By.className("lag")).getText()).matches("[0-9,]+"));
            assertThat(browser.driver.findElements(By.cssSelector("#lag tr[data-service=CALL][data-topic='coop.funding.events']")))
                    .hasSize(1);
            assertThat(browser.find("#outbox").findElements(By.cssSelector("tbody tr[data-collection]")))
                    .extracting(row -> row.findElement(By.className("entries")).getText()).allMatch(n -> n.matches("[0-9]+"));
            browser.screenshot("operations");
        }
    }

    /**
     * A record that no consumer can decode parks its key's sequence in call-service for real; the
     * operator retries it from the page (it parks again, and the page says so with the reason),
     * is refused an eviction without a reason, then evicts it with one, which the service keeps.
     */
    @Test
    @SuppressWarnings("unchecked")
    void letsAnOperatorRetryAndEvictARealParkedSequenceFromThePage() {
        String aggregate = "dlg-browser-" + suite.run + "-" + System.nanoTime();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>("coop.dialogue.events", aggregate.getBytes(StandardCharsets.UTF_8),
                    "not an event".getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not publish the poison record", e);
        }
        String operator = suite.bearer("OPERATOR", "EU", null);
        String id = (String) await("the sequence parked in call-service").atMost(Duration.ofSeconds(30))
                .until(() -> parkedOf(operator, aggregate), java.util.Objects::nonNull).get("id");
        String row = "tr[data-service=CALL][data-aggregate='" + aggregate + "']";
        try (Browser browser = Browser.open().signIn(suite, "operator-eu", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/operations");
            assertThat(browser.find(row + " .reason").getText()).isNotBlank();

            browser.find(row + " button.retry").click();
            assertThat(browser.find("[role=status]").getText()).startsWith("Retried, and parked again: ");
            assertThat(browser.find(row).getAttribute("data-id")).isEqualTo(id);

            browser.find(row + " input[name=reason]").sendKeys("   ");
            browser.find(row + " button.evict").click();
            assertThat(browser.find("[role=alert]").getText()).isEqualTo("An eviction needs a reason.");
            assertThat(parkedOf(operator, aggregate)).containsEntry("id", id);

            browser.find(row + " input[name=reason]").sendKeys("a poison record of the browser test");
            browser.find(row + " button.evict").click();
            assertThat(browser.find("[role=status]").getText()).isEqualTo("Evicted.");
            assertThat(browser.driver.findElements(By.cssSelector(row))).isEmpty();
        }
        Map<String, Object> evicted = get(suite.call.port(), operator, "/api/operator/parked/" + id);
        assertThat(evicted).containsEntry("state", "EVICTED");
        assertThat((Map<String, Object>) evicted.get("outcome")).containsEntry("reason", "a poison record of the browser test")
                .containsEntry("by", "operator-eu");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parkedOf(String token, String aggregate) {
        return ((List<Map<String, Object>>) get(suite.call.port(), token, "/api/operator/parked?size=100").get("items"))
                .stream().filter(s -> aggregate.equals(s.get("aggregateId"))).findFirst().orElse(null);
    }

    private static String cell(Browser browser, String series, String area) {
        return browser.find("td[data-series='" + series + "'][data-area='" + area + "']").getText();
    }

    /** Whether dialogue-service's overview counts a call awaiting funding in climate change, as the test's call is. */
    @SuppressWarnings("unchecked")
    private static boolean overviewCounts(String token, String callId) {
        Map<String, Object> area = area(get(suite.dialogue.port(), token, "/api/overview"), "CLIMATE_CHANGE");
        return area != null && area.get("callsByState") instanceof Map<?, ?> byState
                && byState.get("AWAITING_FUNDING") instanceof Number count && count.longValue() > 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> area(Map<String, Object> overview, String name) {
        return ((Map<String, Map<String, Object>>) overview.get("areas")).get(name);
    }

    private static String drafted(String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        LocalDate opening = LocalDate.now().plusDays(10);
        body.put("modality", "JOINT");
        body.put("participatingSides", List.of("EU", "JP"));
        body.put("content", Map.of("title", title, "strategicAreas", List.of("CLIMATE_CHANGE"), "topics", List.of("urban heat"),
                "indicativeBudget", Map.of("EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                        "JP", Map.of("amount", "800000000", "currency", "JPY")),
                "timeline", Map.of("opening", opening.toString(), "deadline", opening.plusDays(30).toString(),
                        "evaluationEnd", opening.plusDays(90).toString()),
                "eligibility", Map.of("minimumPartnersPerSide", 1, "openAccessStatementRequired", true,
                        "selfFundedPartnersAdmitted", true),
                "climateCoefficient", 100));
        return (String) RestClient.create("http://localhost:" + suite.call.port()).post().uri("/api/calls")
                .header(HttpHeaders.AUTHORIZATION, suite.bearer("PROGRAMME_OFFICER", "EU", null))
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(JSON).get("id");
    }

    private static String draftedAndSubmitted(String title) {
        String id = drafted(title);
        post(suite.call.port(), suite.bearer("PROGRAMME_OFFICER", "EU", null), "/api/calls/" + id + "/submission");
        return id;
    }

    private static void post(int port, String token, String path) {
        RestClient.create("http://localhost:" + port).post().uri(path).header(HttpHeaders.AUTHORIZATION, token)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of()).retrieve().toBodilessEntity();
    }

    private static Map<String, Object> get(int port, String token, String path) {
        return RestClient.create("http://localhost:" + port).get().uri(path).header(HttpHeaders.AUTHORIZATION, token)
                .retrieve().body(JSON);
    }
}

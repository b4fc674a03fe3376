package org.coopsuite.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.dashboard.SuiteRequests.drafted;
import static org.coopsuite.dashboard.SuiteRequests.draftedAndSubmitted;
import static org.coopsuite.dashboard.SuiteRequests.get;
import static org.coopsuite.dashboard.SuiteRequests.post;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.coopsuite.platform.test.TestInfrastructure;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.CallModality;
import org.coopsuite.schemas.common.EventMeta;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.common.SideAmount;
import org.coopsuite.schemas.dialogue.CallMandate;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingMechanism;
import org.coopsuite.schemas.funding.FundingToppedUp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The dashboard in a real browser against the real suite: signed in through the authorization
 * server's form, reading the services with the user's token.
 */
class DashboardBrowserIT {

    private static final EventCodec CODEC = EventCodec.forAllEvents();
    // The call page's event stream: htmx's sse extension keeps it in the element's internal data.
    private static final String STREAM = "const call = document.getElementById('call'); "
            + "const stream = call && call['htmx-internal-data'] && call['htmx-internal-data'].sseEventSource; ";

    private static BrowserSuite suite;

    @BeforeAll
    static void suite() {
        suite = BrowserSuite.forBrowserTests();
    }

    @Test
    void showsAViewerTheOverviewWithTheNumbersTheServicesAnswer() {
        String callId = draftedAndSubmitted(suite, "Overview numbers");
        String viewer = suite.bearer("VIEWER", "EU", null);
        await("the call in the overview").atMost(Duration.ofSeconds(30)).until(() -> overviewCounts(viewer, callId));
        try (Browser browser = Browser.open().signIn(suite, "viewer-eu", "coop")) {
            Map<String, Object> overview = get(suite.dialogue, viewer, "/api/overview");
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
        String callId = draftedAndSubmitted(suite, "Timeline");
        Map<String, Object> call = get(suite.call, suite.bearer("VIEWER", "JP", null), "/api/calls/" + callId);
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
        String callId = drafted(suite, "Live");
        try (Browser browser = Browser.open().signIn(suite, "secretariat-eu", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/calls/" + callId);
            assertThat(browser.find("#call-state").getText()).isEqualTo("DRAFT");
            JavascriptExecutor page = (JavascriptExecutor) browser.driver;
            page.executeScript("window.notReloaded = true;");
            await("the page's event stream open").atMost(Duration.ofSeconds(10))
                    .until(() -> Boolean.TRUE.equals(page.executeScript(STREAM + "return !!(stream && stream.readyState === 1);")));
            page.executeScript(STREAM + "window.firstStream = stream;");

            post(suite.call, suite.bearer("PROGRAMME_OFFICER", "EU", null), "/api/calls/" + callId + "/submission", null);

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
        draftedAndSubmitted(suite, "Japanese");
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
        int status = suite.call.http().post().uri("/api/operator/parked/retry")
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
        publish("coop.dialogue.events", aggregate, "not an event".getBytes(StandardCharsets.UTF_8));
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
        Map<String, Object> evicted = get(suite.call, operator, "/api/operator/parked/" + id);
        assertThat(evicted).containsEntry("state", "EVICTED");
        assertThat((Map<String, Object>) evicted.get("outcome")).containsEntry("reason", "a poison record of the browser test")
                .containsEntry("by", "operator-eu");
    }

    /**
     * A sequence parked for a reason that passes: funding-service's secured co-funding of a call
     * that call-service does not know yet (it comes after, from a dialogue's mandate; the view of
     * the call's funding took the event, the reaction that opens the call could not), and a top-up
     * of the same agreement parked behind it, not applied. Retried from the page, both are applied
     * in order, and call-service's view of the call's funding catches up with the top-up.
     */
    @Test
    @SuppressWarnings("unchecked")
    void letsAnOperatorRetryASequenceWhoseCauseHasPassedAndTheProjectionCatchesUp() {
        String callId = UUID.randomUUID().toString();
        String agreement = "agr-" + callId;
        publish("coop.funding.events", agreement, CODEC.encode(CoFundingSecured.newBuilder()
                .setMeta(meta("CoFundingSecured", "Agreement", agreement, 1, "funding-service"))
                .setAgreementId(agreement).setCallId(callId).setMechanism(FundingMechanism.VIRTUAL_COMMON_POT)
                .setSecured(List.of(side("EU", "5000000.00", "EUR"), side("JP", "800000000", "JPY"))).build()));
        String operator = suite.bearer("OPERATOR", "EU", null);
        Map<String, Object> parked = await("the sequence parked in call-service").atMost(Duration.ofSeconds(30))
                .until(() -> parkedOf(operator, agreement), java.util.Objects::nonNull);
        assertThat((String) parked.get("reason")).contains(callId);
        publish("coop.funding.events", agreement, CODEC.encode(FundingToppedUp.newBuilder()
                .setMeta(meta("FundingToppedUp", "Agreement", agreement, 2, "funding-service"))
                .setAgreementId(agreement).setCallId(callId).setCommitmentId(agreement + "-EU").setSide("EU")
                .setAgency("REA").setAdded(money("1000000.00", "EUR")).setToppedUpOn(LocalDate.now())
                .setSideCommitted(money("6000000.00", "EUR")).build()));
        await("the top-up parked behind").atMost(Duration.ofSeconds(30))
                .until(() -> parkedOf(operator, agreement).get("events"), Integer.valueOf(2)::equals);

        String dialogue = UUID.randomUUID().toString();
        publish("coop.dialogue.events", dialogue, CODEC.encode(DecisionRecorded.newBuilder()
                .setMeta(meta("DecisionRecorded", "Dialogue", dialogue, 1, "dialogue-service"))
                .setDialogueId(dialogue).setDecisionId(UUID.randomUUID().toString())
                .setKind(DecisionKind.CALL_MANDATE).setSummary("Launch a joint call")
                .setMandate(CallMandate.newBuilder().setCallId(callId).setModality(CallModality.JOINT)
                        .setStrategicArea("CLIMATE_CHANGE").setTopics(List.of("Adaptation"))
                        .setIndicativeBudget(List.of(side("EU", "5000000.00", "EUR"), side("JP", "800000000", "JPY")))
                        .build()).build()));
        String officer = suite.bearer("PROGRAMME_OFFICER", "EU", null);
        await("the call drafted from the mandate").atMost(Duration.ofSeconds(30)).ignoreExceptions()
                .until(() -> get(suite.call, officer, "/api/calls/" + callId).get("state"), "DRAFT"::equals);
        assertThat(committed(officer, callId, "EU")).as("the top-up is parked, not applied").isEqualByComparingTo("5000000");

        String row = "tr[data-service=CALL][data-aggregate='" + agreement + "']";
        try (Browser browser = Browser.open().signIn(suite, "operator-eu", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/operations");
            browser.find(row + " button.retry").click();
            assertThat(browser.find("[role=status]").getText()).isEqualTo("Retried: the sequence goes back to its consumer.");
            assertThat(browser.driver.findElements(By.cssSelector(row))).isEmpty();

            await("call-service's view of the call's funding caught up").atMost(Duration.ofSeconds(30))
                    .until(() -> committed(officer, callId, "EU"), amount -> amount.compareTo(new BigDecimal("6000000")) == 0);
            browser.driver.get(suite.dashboardUrl + "/calls/" + callId);
            assertThat(browser.find("#funding-secured").getText()).isEqualTo("Co-funding secured (agreement " + agreement + ").");
            assertThat(browser.find("#funding-committed").getText()).contains("EU €6,000,000.00").contains("JP ¥800,000,000");
        }
        assertThat(get(suite.call, operator, "/api/operator/parked/" + parked.get("id"))).containsEntry("state", "RETRIED");
    }

    @SuppressWarnings("unchecked")
    private static BigDecimal committed(String token, String callId, String side) {
        Map<String, Object> funding = get(suite.call, token, "/api/calls/" + callId + "/funding");
        return new BigDecimal(String.valueOf(((Map<String, Map<String, Object>>) funding.get("committed")).get(side).get("amount")));
    }

    private static EventMeta meta(String type, String aggregateType, String aggregateId, long version, String producer) {
        return EventMeta.newBuilder().setEventId(UUID.randomUUID().toString()).setEventType(type)
                .setAggregateType(aggregateType).setAggregateId(aggregateId).setAggregateVersion(version)
                .setOccurredAt(Instant.now()).setCorrelationId("browser-" + aggregateId).setProducer(producer).build();
    }

    private static SideAmount side(String side, String amount, String currency) {
        return SideAmount.newBuilder().setSide(side).setAmount(money(amount, currency)).build();
    }

    private static Money money(String amount, String currency) {
        return Money.newBuilder().setAmount(amount).setCurrency(currency).build();
    }

    private static void publish(String topic, String key, byte[] value) {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.shared().kafkaBootstrapServers()),
                new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("could not publish to " + topic, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parkedOf(String token, String aggregate) {
        return ((List<Map<String, Object>>) get(suite.call, token, "/api/operator/parked?size=100").get("items"))
                .stream().filter(s -> aggregate.equals(s.get("aggregateId"))).findFirst().orElse(null);
    }

    private static String cell(Browser browser, String series, String area) {
        return browser.find("td[data-series='" + series + "'][data-area='" + area + "']").getText();
    }

    /** Whether dialogue-service's overview counts a call awaiting funding in climate change, as the test's call is. */
    @SuppressWarnings("unchecked")
    private static boolean overviewCounts(String token, String callId) {
        Map<String, Object> area = area(get(suite.dialogue, token, "/api/overview"), "CLIMATE_CHANGE");
        return area != null && area.get("callsByState") instanceof Map<?, ?> byState
                && byState.get("AWAITING_FUNDING") instanceof Number count && count.longValue() > 0;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> area(Map<String, Object> overview, String name) {
        return ((Map<String, Map<String, Object>>) overview.get("areas")).get(name);
    }

}

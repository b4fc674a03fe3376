package org.coopsuite.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.dashboard.SuiteRequests.drafted;
import static org.coopsuite.dashboard.SuiteRequests.draftedAndSubmitted;
import static org.coopsuite.dashboard.SuiteRequests.get;
import static org.coopsuite.dashboard.SuiteRequests.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopsuite.dashboard.web.Amounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The funding, dialogue and report pages in a real browser, over a thread the test drives through
 * the services' APIs: each page shows what the services answer, as tables.
 */
class DashboardPagesBrowserIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static BrowserSuite suite;

    @BeforeAll
    static void suite() {
        suite = BrowserSuite.forBrowserTests();
    }

    @Test
    void showsAnAgreementWithEachSidesCommitmentAndTheLedgerPerSideAsFundingServiceAnswers() {
        String callId = draftedAndSubmitted(suite, "Funding page");
        String agreement = agreementOf(callId);
        post(suite.funding, suite.bearer("FUNDING_OFFICER", "EU", "REA"), "/api/agreements/" + agreement + "/commitments",
                Map.of("side", "EU", "agency", "REA", "amount", Map.of("amount", "5000000.00", "currency", "EUR")));
        post(suite.funding, suite.bearer("FUNDING_OFFICER", "JP", "JST"), "/api/agreements/" + agreement + "/commitments",
                Map.of("side", "JP", "agency", "JST", "amount", Map.of("amount", "800000000", "currency", "JPY")));
        String viewer = suite.bearer("VIEWER", "EU", null);
        await("the agreement secured").atMost(PATIENCE)
                .until(() -> get(suite.funding, viewer, "/api/agreements/" + agreement).get("state"), "SECURED"::equals);

        try (Browser browser = Browser.open().signIn(suite, "funding-officer-rea", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/funding?state=SECURED");
            WebElement row = browser.find("#agreements tr[data-agreement='" + agreement + "']");
            assertThat(row.getText()).contains(callId, "SECURED");
            assertThat(row.findElement(By.className("commitments")).getText())
                    .contains("EU REA €5,000,000.00").contains("JP JST ¥800,000,000");

            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> perSide = (Map<String, Map<String, Object>>) get(suite.funding, viewer,
                    "/api/ledger?state=SECURED").get("perSide");
            assertThat(perSide).containsKeys("EU", "JP");
            for (Map.Entry<String, Map<String, Object>> side : perSide.entrySet()) {
                for (String amount : List.of("indicative", "committed", "allocated", "remaining")) {
                    assertThat(browser.find("#per-side tr[data-side='" + side.getKey() + "'] td[data-amount='" + amount + "']")
                            .getText()).as("%s %s", side.getKey(), amount)
                            .isEqualTo(money(side.getValue().get(amount), side.getValue().get("currency")));
                }
            }
            assertThat(browser.find("#ledger tr[data-agreement='" + agreement + "'][data-side='JP'] td[data-amount='committed']")
                    .getText()).isEqualTo("¥800,000,000");
            browser.screenshot("funding");
        }
    }

    @Test
    void showsADialoguesAgendaWithTheItemFedByAnEventMarkedItsDecisionAndItsActionItem() {
        String secretariat = suite.bearer("SECRETARIAT", "EU", null);
        String committee = (String) post(suite.dialogue, secretariat, "/api/dialogues", Map.of(
                "title", "EU-Japan Joint Committee (pages)", "level", "JOINT_COMMITTEE",
                "date", LocalDate.now().plusDays(20).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "Co-chair EU"), Map.of("side", "JP", "name", "Co-chair JP"))))
                .get("id");
        post(suite.dialogue, secretariat, "/api/dialogues/" + committee + "/agenda-items", Map.of("title", "Researcher mobility"));
        // A cancelled call goes on the next joint committee's agenda: an item fed by call-service's event.
        String cancelled = drafted(suite, "Withdrawn topic");
        post(suite.call, suite.bearer("PROGRAMME_OFFICER", "EU", null), "/api/calls/" + cancelled + "/cancellation",
                Map.of("reason", "The sides withdrew the topic."));
        String fedDialogue = await("the cancelled call on a joint committee's agenda").atMost(PATIENCE)
                .until(() -> dialogueWhoseAgendaNames(secretariat, cancelled), found -> found != null);
        post(suite.dialogue, secretariat, "/api/dialogues/" + fedDialogue + "/session", null);
        Map<String, Object> decision = post(suite.dialogue, secretariat, "/api/dialogues/" + fedDialogue + "/decisions", Map.of(
                "kind", "CALL_MANDATE", "summary", "Launch a joint call on urban heat",
                "mandate", Map.of("modality", "JOINT", "strategicArea", "CLIMATE_CHANGE", "topics", List.of("Urban heat"),
                        "indicativeBudget", Map.of("EU", Map.of("amount", "2000000.00", "currency", "EUR"),
                                "JP", Map.of("amount", "300000000", "currency", "JPY")))));
        @SuppressWarnings("unchecked")
        String mandatedCall = (String) ((Map<String, Object>) decision.get("mandate")).get("callId");
        LocalDate due = LocalDate.now().plusDays(7);
        post(suite.dialogue, secretariat, "/api/dialogues/" + fedDialogue + "/action-items",
                Map.of("ownerSide", "JP", "description", "Name JST's contact for the call", "dueDate", due.toString()));

        try (Browser browser = Browser.open().signIn(suite, "secretariat-eu", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/dialogues/" + fedDialogue);
            assertThat(browser.find("#dialogue-state").getText()).isEqualTo("IN_SESSION");
            List<WebElement> fed = browser.driver.findElements(By.cssSelector("#agenda tr.fed"));
            assertThat(fed).extracting(WebElement::getText)
                    .anySatisfy(text -> assertThat(text).contains("Call " + cancelled + " cancelled").contains("From the event CallCancelled"));
            assertThat(browser.driver.findElements(By.cssSelector("#agenda tr")).size() - 1)
                    .as("every agenda item the service holds, each on its row")
                    .isEqualTo(((List<?>) get(suite.dialogue, secretariat, "/api/dialogues/" + fedDialogue).get("agenda")).size());
            WebElement mandate = browser.find("#decisions tr td a");
            assertThat(mandate.getAttribute("href")).endsWith("/calls/" + mandatedCall);
            assertThat(browser.find("#decisions").getText()).contains("CALL_MANDATE", "Launch a joint call on urban heat");
            assertThat(browser.find("#action-items").getText()).contains("JP", "Name JST's contact for the call", due.toString(), "OPEN");
            browser.screenshot("dialogue");

            browser.driver.get(suite.dashboardUrl + "/dialogues?level=JOINT_COMMITTEE");
            assertThat(browser.find("#upcoming tr[data-dialogue='" + fedDialogue + "']").getText()).contains("IN_SESSION");
            assertThat(browser.driver.findElements(By.cssSelector("#platforms tbody tr")))
                    .hasSameSizeAs((List<?>) get(suite.dialogue, secretariat, "/api/platforms").get("items"));
            assertThat(browser.find("#action-items").getText()).contains("Name JST's contact for the call");
        }
    }

    @Test
    void showsTheDisseminationReportAsDialogueServiceAnswersIt() {
        String viewer = suite.bearer("VIEWER", "EU", null);
        LocalDate to = LocalDate.now();
        LocalDate from = to.minusYears(1);
        Map<String, Object> report = get(suite.dialogue, viewer,
                "/api/reports/dissemination?area=CLIMATE_CHANGE&from=" + from + "&to=" + to);
        try (Browser browser = Browser.open().signIn(suite, "viewer-eu", "coop")) {
            browser.driver.get(suite.dashboardUrl + "/report?area=CLIMATE_CHANGE&from=" + from + "&to=" + to);
            int calls = ((List<?>) report.get("calls")).size();
            assertThat(browser.find("#report-summary").getText()).startsWith(calls + " call(s) published results");
            assertThat(browser.driver.findElements(By.cssSelector("#report section.reported-call"))).hasSize(calls);
            assertThat(browser.driver.findElements(By.cssSelector("form.no-print button[type=button]")))
                    .extracting(WebElement::getText).containsExactly("Print");
        }
    }

    private static String agreementOf(String callId) {
        String viewer = suite.bearer("VIEWER", "EU", null);
        return await("the call's agreement").atMost(PATIENCE).ignoreExceptions()
                .until(() -> (String) get(suite.funding, viewer, "/api/agreements/by-call/" + callId).get("id"), id -> id != null);
    }

    /** The joint committee whose agenda has an item fed by an event about the call, if any. */
    @SuppressWarnings("unchecked")
    private static String dialogueWhoseAgendaNames(String token, String callId) {
        List<Map<String, Object>> dialogues = (List<Map<String, Object>>) get(suite.dialogue, token,
                "/api/dialogues?level=JOINT_COMMITTEE&size=100").get("items");
        return dialogues.stream().filter(d -> ((List<Map<String, Object>>) d.get("agenda")).stream()
                .anyMatch(item -> item.get("source") instanceof Map<?, ?> source && callId.equals(source.get("subjectId"))))
                .map(d -> (String) d.get("id")).findFirst().orElse(null);
    }

    private static String money(Object amount, Object currency) {
        return Amounts.format(new BigDecimal(String.valueOf(amount)), String.valueOf(currency), Locale.ENGLISH);
    }
}

package org.coopsuite.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.coopsuite.e2e.CooperationSteps.expert;
import static org.coopsuite.e2e.CooperationSteps.grants;
import static org.coopsuite.e2e.CooperationSteps.ids;
import static org.coopsuite.e2e.CooperationSteps.partner;
import static org.coopsuite.e2e.CooperationSteps.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.ServiceProcess;
import org.coopsuite.platform.test.TestTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Three sides co-fund one JOINT call, across the three service processes: the EU (EUR), Japan (JPY,
 * no decimals) and Korea (KRW, no decimals), each side's budget in its own currency and committed
 * by one of its own agencies (ERCEA, NEDO, NRF), KR from the platform's one defaults file alone.
 * Proposals have partners of the three sides and a self-funded Canadian partner (reciprocity); a
 * panel of one expert per side evaluates; the selection is bounded by every side's budget, so the
 * second-ranked proposal, which only Korea's remaining budget cannot fund, goes to the reserve
 * list while the third is selected; the officers of the three sides approve; the grants are
 * allocated per side in its currency; and {@code ./coop audit} (with its reference-data check) is
 * clean.
 */
class ThreeSidesIT {

    private static final LocalDate TODAY = LocalDate.now();
    private static final List<String> SIDES = List.of("EU", "JP", "KR");
    private static ServiceProcess dialogue;
    private static ServiceProcess call;
    private static ServiceProcess funding;

    private final String secretariat = TestTokens.as(Role.SECRETARIAT).side("KR").bearer();
    private final String officer = TestTokens.as(Role.PROGRAMME_OFFICER).side("KR").bearer();
    private final String applicant = TestTokens.as(Role.APPLICANT).side("KR").bearer();
    private final List<String> panel = SIDES.stream().map(side -> TestTokens.as(Role.EVALUATOR).side(side)
            .subject("expert-" + side.toLowerCase()).bearer()).toList();
    private CooperationSteps steps;

    @BeforeAll
    static void startTheSuite() {
        RunningSuite suite = RunningSuite.get();
        dialogue = suite.dialogue;
        call = suite.call;
        funding = suite.funding;
    }

    @BeforeEach
    void steps() {
        steps = new CooperationSteps(call, funding, TestTokens.as(Role.VIEWER).side("KR").bearer());
    }

    @Test
    void theEuJapanAndKoreaCoFundAJointCallEachInItsCurrencyWithinItsBudget() {
        String callId = mandatedCall();
        steps.completeDraft(callId, officer, content());
        steps.appointPanel(callId, officer, Map.of("experts", List.of(
                expert("expert-eu", "EU", "KU Leuven"), expert("expert-jp", "JP", "Osaka University"),
                expert("expert-kr", "KR", "Seoul National University"))));
        post(call, "/api/calls/" + callId + "/submission", officer, null);

        String agreementId = (String) steps.awaitFound(funding, "/api/agreements/by-call/" + callId).get("id");
        steps.commit(agreementId, funder("EU", "ERCEA"), "EU", "ERCEA", "3000000.00", "EUR");
        steps.commit(agreementId, funder("JP", "NEDO"), "JP", "NEDO", "500000000", "JPY");
        steps.commit(agreementId, funder("KR", "NRF"), "KR", "NRF", "4000000000", "KRW");
        steps.awaitState(call, "/api/calls/" + callId, "OPEN");

        String alpha = submit(callId, "ALPHA", "1000000.00", "200000000", "2500000000");
        String beta = submit(callId, "BETA", "1000000.00", "200000000", "2000000000");
        String gamma = submit(callId, "GAMMA", "500000.00", "50000000", "1000000000");
        post(call, "/api/calls/" + callId + "/closure", officer, null);
        post(call, "/api/calls/" + callId + "/evaluation", officer, null);
        steps.evaluate(alpha, panel, "5", "5", "4.5");
        steps.evaluate(beta, panel, "4.5", "4", "4");
        steps.evaluate(gamma, panel, "4", "3.5", "4");

        Map<?, ?> proposed = post(call, "/api/calls/" + callId + "/results", officer, null);
        assertThat(ids((List<?>) proposed.get("selected"))).as("BETA would take KR past its 4,000,000,000 KRW")
                .containsExactly(alpha, gamma);
        assertThat(ids((List<?>) proposed.get("reserve"))).containsExactly(beta);
        for (String side : List.of("EU", "JP")) {
            assertThat(approve(callId, side)).isEqualTo("RESULTS_PROPOSED");
        }
        assertThat(approve(callId, "KR")).as("the third side's approval publishes").isEqualTo("RESULTS_PUBLISHED");

        Map<?, ?> allocated = steps.awaitAgreement(agreementId,
                a -> "ALLOCATED".equals(a.get("state")) && grants(a).size() == 6);
        assertThat(grants(allocated)).extracting(g -> g.get("proposalId"), g -> g.get("side"), ThreeSidesIT::currency)
                .containsExactlyInAnyOrder(tuple(alpha, "EU", "EUR"), tuple(alpha, "JP", "JPY"), tuple(alpha, "KR", "KRW"),
                        tuple(gamma, "EU", "EUR"), tuple(gamma, "JP", "JPY"), tuple(gamma, "KR", "KRW"));
        assertThat(granted(allocated, "KR")).isEqualByComparingTo("3500000000");
        assertThat(granted(allocated, "JP")).isEqualByComparingTo("250000000");
        assertThat(granted(allocated, "EU")).isEqualByComparingTo("1500000.00");

        OperatorConsole.Audit audit = new OperatorConsole(dialogue, call, funding).audit("--wait", "60s");
        assertThat(audit.code()).as(audit.printed()).isZero();
        assertThat(audit.printed()).contains("; 0 violations");
    }

    /** A joint committee of the three sides mandates the call; call-service drafts it. */
    private String mandatedCall() {
        List<Map<String, Object>> coChairs = new ArrayList<>();
        SIDES.forEach(side -> coChairs.add(Map.of("side", side, "name", "Co-chair of " + side)));
        String committee = (String) post(dialogue, "/api/dialogues", secretariat, Map.of(
                "title", "EU-Japan-Korea Joint Committee", "level", "JOINT_COMMITTEE",
                "date", TODAY.plusDays(30).toString(), "coChairs", coChairs)).get("id");
        post(dialogue, "/api/dialogues/" + committee + "/session", secretariat, null);
        Map<?, ?> decision = post(dialogue, "/api/dialogues/" + committee + "/decisions", secretariat, Map.of(
                "kind", "CALL_MANDATE", "summary", "Launch a three-side joint call on ageing societies",
                "mandate", Map.of("modality", "JOINT", "strategicArea", "SMART_CITIES",
                        "topics", List.of("Cities for all ages"), "indicativeBudget", budget())));
        String callId = (String) ((Map<?, ?>) decision.get("mandate")).get("callId");
        steps.awaitState(call, "/api/calls/" + callId, "DRAFT");
        return callId;
    }

    private static Map<String, Object> budget() {
        Map<String, Object> budget = new LinkedHashMap<>();
        budget.put("EU", Map.of("amount", "3000000.00", "currency", "EUR"));
        budget.put("JP", Map.of("amount", "500000000", "currency", "JPY"));
        budget.put("KR", Map.of("amount", "4000000000", "currency", "KRW"));
        return budget;
    }

    private static Map<String, Object> content() {
        return Map.of("title", "Cities for all ages", "strategicAreas", List.of("SMART_CITIES"),
                "topics", List.of("Cities for all ages"), "indicativeBudget", budget(),
                "timeline", Map.of("opening", TODAY.toString(), "deadline", TODAY.plusDays(20).toString(),
                        "evaluationEnd", TODAY.plusDays(40).toString()),
                "eligibility", Map.of("minimumPartnersPerSide", 1, "openAccessStatementRequired", true,
                        "selfFundedPartnersAdmitted", true),
                "climateCoefficient", 0);
    }

    /** A consortium of the three sides' funded partners and a self-funded Canadian one. */
    private String submit(String callId, String acronym, String eu, String jp, String kr) {
        Map<String, Object> body = Map.of("acronym", acronym, "title", acronym + ": cities for all ages",
                "openAccessStatement", "Data and publications open under CC BY 4.0.",
                "consortium", List.of(
                        partner("KAIST", "KR", "COORDINATOR", kr, "KRW"),
                        partner("TU Delft", "EU", "PARTNER", eu, "EUR"),
                        partner("Kyoto University", "JP", "PARTNER", jp, "JPY"),
                        Map.of("organisation", "University of Toronto", "side", "CA", "role", "PARTNER",
                                "selfFunded", true)));
        Map<?, ?> proposal = post(call, "/api/calls/" + callId + "/proposals", applicant, body);
        assertThat(proposal.get("state")).as(acronym + " with a self-funded partner of CA").isEqualTo("ELIGIBLE");
        return (String) proposal.get("id");
    }

    private String approve(String callId, String side) {
        String sideOfficer = TestTokens.as(Role.PROGRAMME_OFFICER).side(side).bearer();
        return (String) post(call, "/api/calls/" + callId + "/results/approval", sideOfficer, null).get("state");
    }

    private static String funder(String side, String agency) {
        return TestTokens.as(Role.FUNDING_OFFICER).side(side).agency(agency).bearer();
    }

    private static Object currency(Map<?, ?> grant) {
        return ((Map<?, ?>) grant.get("amount")).get("currency");
    }

    private static BigDecimal granted(Map<?, ?> agreement, String side) {
        return grants(agreement).stream().filter(g -> side.equals(g.get("side")))
                .map(g -> new BigDecimal((String) ((Map<?, ?>) g.get("amount")).get("amount")))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}

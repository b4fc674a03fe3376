package org.coopsuite.call.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.springframework.http.ResponseEntity;

/**
 * An open call of EU and JP with one proposal of the applicant {@value #OWNER}, as the walks need
 * them, and a second one whose panel names {@value #OWNER} as an expert of the EU (the panel's
 * operations are walked on it, as the first is cancelled on the way).
 */
record CallFixture(String openCall, String draftCall, String proposal, String panelCall, String panelProposal) {

    /** The subject of the applicant who submitted the fixture's proposal. */
    static final String OWNER = "owner";

    static CallFixture open(CallApi api, FundingEvents funding, LocalDate today) {
        String open = openCall(api, funding, today);
        String draft = api.draft(CallApi.callBody(today.plusDays(1), today.plusDays(10)));
        String panelCall = openCall(api, funding, today);
        ResponseEntity<Map> appointed = api.put("/api/calls/" + panelCall + "/panel", CallApi.EU_OFFICER, panelBody(),
                "\"" + api.call(panelCall).get("version") + "\"");
        assertThat(appointed.getStatusCode().is2xxSuccessful()).as("%s", appointed.getBody()).isTrue();
        return new CallFixture(open, draft, submit(api, open), panelCall, submit(api, panelCall));
    }

    private static String openCall(CallApi api, FundingEvents funding, LocalDate today) {
        String open = api.draft(CallApi.callBody(today, today.plusDays(10)));
        api.command(open, "submission", CallApi.EU_OFFICER);
        funding.publish(FundingEvents.secured("agr-" + open, open, 5,
                FundingEvents.budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(open)).containsEntry("state", "OPEN"));
        return open;
    }

    private static String submit(CallApi api, String call) {
        ResponseEntity<Map> submitted = api.post("/api/calls/" + call + "/proposals", CallApi.applicant("EU", OWNER),
                proposalBody());
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(201);
        return (String) submitted.getBody().get("id");
    }

    /** A panel of three with {@value #OWNER} as an expert of the EU, of no organisation of the consortium. */
    static Map<String, Object> panelBody() {
        return Map.of("experts", List.of(
                Map.of("id", OWNER, "side", "EU", "organisation", "Walk Institute"),
                Map.of("id", "walk-expert-2", "side", "JP", "organisation", "Walk University"),
                Map.of("id", "walk-expert-3", "side", "EU", "organisation", "Walk Laboratory")));
    }

    static Map<String, Object> proposalBody() {
        return Map.of("acronym", "HEAT", "title", "Cooler streets", "openAccessStatement", "Open data.",
                "consortium", List.of(
                        Map.of("organisation", "TU Delft", "side", "EU", "role", "COORDINATOR",
                                "requested", Map.of("amount", "100000", "currency", "EUR")),
                        Map.of("organisation", "Tokyo Univ", "side", "JP", "role", "PARTNER",
                                "requested", Map.of("amount", "20000000", "currency", "JPY"))));
    }
}

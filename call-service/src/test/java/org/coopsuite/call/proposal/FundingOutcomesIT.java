package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.applicant;
import static org.coopsuite.call.FundingEvents.budget;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Who is funded, as call-service learns it from funding-service's grant and shortfall events on
 * the real broker: each proposal shows its funding outcome beside its state, and the call's
 * funding its funded count.
 */
@ServiceIntegrationTest
@DirtiesContext
class FundingOutcomesIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    @Test
    @SuppressWarnings("unchecked")
    void showsFundedPartiallyFundedWithTheSideShortAndReserveFundedFromTheGrants() {
        CallApi api = new CallApi(port);
        String call = api.draft(CallApi.callBody(LocalDate.now(), LocalDate.now().plusDays(30)));
        api.command(call, "submission", EU_OFFICER);
        FundingEvents funding = new FundingEvents(kafka, codec);
        String agreement = "agr-" + call;
        funding.publish(FundingEvents.secured(agreement, call, 5, budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(call)).containsEntry("state", "OPEN"));
        String full = submit(api, call, "FULL");
        String partial = submit(api, call, "PARTIAL");
        String reserve = submit(api, call, "RESERVE");

        funding.publish(FundingEvents.granted(agreement, call, 6, full, "EU", "200", "EUR", false));
        funding.publish(FundingEvents.granted(agreement, call, 7, full, "JP", "1000", "JPY", false));
        funding.publish(FundingEvents.granted(agreement, call, 8, partial, "EU", "200", "EUR", false));
        funding.publish(FundingEvents.shortfall(agreement, call, 9, partial, "JP", "1000", "JPY"));
        funding.publish(FundingEvents.granted(agreement, call, 10, reserve, "EU", "200", "EUR", true));
        funding.publish(FundingEvents.granted(agreement, call, 11, reserve, "JP", "1000", "JPY", true));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.get("/api/calls/" + call + "/funding")
                .getBody()).containsEntry("fundedCount", 2).containsEntry("partiallyFundedCount", 1));
        assertThat(funding(api, full)).containsEntry("outcome", "FUNDED");
        assertThat(funding(api, partial)).containsEntry("outcome", "PARTIALLY_FUNDED").containsEntry("sidesShort", List.of("JP"));
        assertThat(funding(api, reserve)).containsEntry("outcome", "RESERVE_FUNDED");
        assertThat(api.get("/api/proposals/" + full, CallApi.EU_OFFICER).getBody()).containsEntry("state", "ELIGIBLE")
                .as("the outcome is a field of its own, the state stays the evaluation's");
        List<Map<String, Object>> listed = (List<Map<String, Object>>) api.get("/api/calls/" + call + "/proposals", CallApi.EU_OFFICER)
                .getBody().get("items");
        assertThat(listed).extracting(p -> p.get("acronym") + " " + ((Map<String, Object>) p.get("funding")).get("outcome"))
                .containsExactly("FULL FUNDED", "PARTIAL PARTIALLY_FUNDED", "RESERVE RESERVE_FUNDED");

        funding.publish(FundingEvents.resolved(agreement, call, 12, partial, "JP"));
        funding.publish(FundingEvents.granted(agreement, call, 13, partial, "JP", "1000", "JPY", false));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(funding(api, partial))
                .containsEntry("outcome", "FUNDED").containsEntry("sidesShort", List.of()));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> funding(CallApi api, String proposal) {
        return (Map<String, Object>) api.get("/api/proposals/" + proposal, CallApi.EU_OFFICER).getBody().get("funding");
    }

    private static String submit(CallApi api, String call, String acronym) {
        ResponseEntity<Map> response = api.post("/api/calls/" + call + "/proposals", applicant("EU", "alice"),
                ProposalBodies.proposal(acronym, "Open data.",
                        ProposalBodies.partner("Coordinator EU", "EU", "COORDINATOR", "200", "EUR"),
                        ProposalBodies.partner("Partner JP", "JP", "PARTNER", "1000", "JPY")));
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }
}

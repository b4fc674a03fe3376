package org.coopsuite.dialogue.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

/**
 * The cooperation overview and the dissemination report over a real broker and MongoDB: a climate
 * call's events are published to the call and funding topics as the two services would, some of
 * them twice, and what the API shows is compared with what those events say.
 */
@ServiceIntegrationTest
@DirtiesContext
class OverviewIT {

    private static final String VIEWER = TestTokens.as(Role.VIEWER).side("EU").bearer();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    @Test
    @SuppressWarnings("unchecked")
    void showsPerAreaAndSideWhatTheEventsSaidEachOnceAndReportsTheClimateResults() {
        OverviewEvents call = new OverviewEvents(UUID.randomUUID().toString(), Instant.now());
        // Delivered twice means the same event twice (one event id): another event at a version is a divergence.
        SpecificRecord secondProposal = call.submitted("p-2");
        SpecificRecord euGrant = call.allocated(4, "p-1", "EU", "1200000.00", "EUR");
        publishCall(call.drafted(), call.opened(), call.submitted("p-1"), secondProposal, secondProposal,
                call.results("p-1"));
        publishFunding(call, call.agreementOpened(), call.committed(2, "EU", "5000000.00", "EUR"),
                call.committed(3, "JP", "800000000", "JPY"), euGrant, euGrant,
                call.allocated(5, "p-1", "JP", "150000000", "JPY"),
                call.shortfall(6, "sf-1"), call.shortfall(7, "sf-2"), call.resolved(8, "sf-1"));

        // Both topics' last events in: the call's and funding's reach the overview in batches of their own.
        Map<String, Object> climate = await().until(this::climateArea, area -> area != null
                && isMoney(area, "allocated", "JP", "150000000", "JPY") && ((Number) area.get("openShortfalls")).intValue() == 1
                && Map.of("RESULTS_PUBLISHED", 1).equals(area.get("callsByState")));

        assertThat(climate).containsEntry("callsByState", Map.of("RESULTS_PUBLISHED", 1))
                .containsEntry("proposalsSubmitted", 2).containsEntry("proposalsSelected", 1).containsEntry("projectsFunded", 1);
        assertThat(isMoney(climate, "allocated", "EU", "1200000.00", "EUR")).isTrue();
        assertThat(isMoney(climate, "indicative", "EU", "5000000.00", "EUR")).isTrue();
        assertThat(isMoney(climate, "committed", "EU", "5000000.00", "EUR")).isTrue();
        assertThat(isMoney(climate, "committed", "JP", "800000000", "JPY")).isTrue();
        assertThat(isMoney(climate, "climateRelevant", "EU", "480000", "EUR")).isTrue();
        assertThat(isMoney(climate, "climateRelevant", "JP", "60000000", "JPY")).isTrue();

        // no joint committee here: the first shortfall escalated to a consultation, the second onto it
        Map<String, Object> consultation = await().until(() -> upcoming().stream().findFirst()
                .map(d -> get("/api/dialogues/" + d.get("id"), "application/json").getBody()).orElse(null),
                d -> d != null && ((List<?>) d.get("agenda")).size() == 2);
        assertThat(consultation).containsEntry("level", "HIGH_LEVEL").containsEntry("dateToBeConfirmed", true);
        assertThat(upcoming()).hasSize(1);
        Map<String, Object> overview = get("/api/overview", "application/json").getBody();
        assertThat(overview.get("actionItems")).isEqualTo(Map.of("EU", Map.of("open", 0, "overdue", 0),
                "JP", Map.of("open", 0, "overdue", 0), "KR", Map.of("open", 0, "overdue", 0)));

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String query = "/api/reports/dissemination?area=CLIMATE_CHANGE&from=" + today.minusDays(1) + "&to=" + today;
        Map<String, Object> report = get(query, "application/json").getBody();
        assertThat((List<Map<String, Object>>) report.get("calls")).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("callId", call.call).containsEntry("title", "Climate-resilient cities"));
        assertThat(isMoney(report, "allocated", "JP", "150000000", "JPY")).isTrue();
        String markdown = http().get().uri(query).header(HttpHeaders.AUTHORIZATION, VIEWER)
                .header(HttpHeaders.ACCEPT, "text/markdown").retrieve().body(String.class);
        assertThat(markdown).startsWith("# Results in CLIMATE_CHANGE").contains("HEAT\\*SHIELD")
                .contains("| EU | 1200000.00 EUR | 480000.0000 EUR |").contains("Data in Zenodo under CC-BY 4.0");
        ResponseEntity<String> page = http().get().uri(query).header(HttpHeaders.AUTHORIZATION, VIEWER)
                .header(HttpHeaders.ACCEPT, "text/html").retrieve().toEntity(String.class);
        assertThat(page.getHeaders().getContentType().isCompatibleWith(org.springframework.http.MediaType.TEXT_HTML)).isTrue();
        assertThat(page.getBody()).startsWith("<!DOCTYPE html>").contains("1 project(s) funded")
                .contains("<td>HEAT*SHIELD</td>").contains("Data in Zenodo under CC-BY 4.0");
        assertThat(get("/api/reports/dissemination?area=ATLANTIS&from=" + today + "&to=" + today, "application/json")
                .getStatusCode().value()).isEqualTo(400);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> upcoming() {
        Map<String, Object> page = (Map<String, Object>) get("/api/overview", "application/json").getBody()
                .get("upcomingDialogues");
        return (List<Map<String, Object>>) page.get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> climateArea() {
        Map<String, Object> overview = get("/api/overview", "application/json").getBody();
        return ((Map<String, Map<String, Object>>) overview.get("areas")).get("CLIMATE_CHANGE");
    }

    /** Amounts come as JSON numbers; compared as exact decimals, whatever their scale. */
    @SuppressWarnings("unchecked")
    private static boolean isMoney(Map<String, Object> body, String field, String side, String amount, String currency) {
        Map<String, Object> money = ((Map<String, Map<String, Object>>) body.get(field)).get(side);
        return money != null && currency.equals(money.get("currency"))
                && new BigDecimal(String.valueOf(money.get("amount"))).compareTo(new BigDecimal(amount)) == 0;
    }

    private void publishCall(SpecificRecord... events) {
        for (SpecificRecord event : events) {
            publish("coop.call.events", EventCodec.meta(event).getAggregateId(), event);
        }
    }

    private void publishFunding(OverviewEvents call, SpecificRecord... events) {
        for (SpecificRecord event : events) {
            publish("coop.funding.events", call.agreement, event);
        }
    }

    private void publish(String topic, String key, SpecificRecord event) {
        kafka.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), codec.encode(event))).join();
    }

    private ResponseEntity<Map> get(String path, String accept) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, VIEWER).header(HttpHeaders.ACCEPT, accept)
                .retrieve().toEntity(Map.class);
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }
}

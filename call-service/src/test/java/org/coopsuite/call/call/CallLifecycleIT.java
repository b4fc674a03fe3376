package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.JP_OFFICER;
import static org.coopsuite.call.CallApi.KR_OFFICER;
import static org.coopsuite.call.CallApi.callBody;
import static org.coopsuite.call.CallApi.fields;
import static org.coopsuite.call.FundingEvents.budget;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.messaging.DeadLetters;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.call.CallClosed;
import org.coopsuite.schemas.call.CallClosure;
import org.coopsuite.schemas.call.CallDrafted;
import org.coopsuite.schemas.call.CallOpened;
import org.coopsuite.schemas.call.CallSubmittedForFunding;
import org.coopsuite.schemas.call.CallUpdated;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * A call's life over HTTP, Kafka and MongoDB, on a clock the test moves forward: drafted by hand,
 * edited, submitted for funding, opened by funding-service's real {@code CoFundingSecured} event
 * and the scheduled check at its opening date, closed by the check at its deadline; and what a
 * refused command leaves behind: nothing. A refused command is followed by an accepted one on the
 * same call, whose event on the same partition shows that the refused one left none before it.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class CallLifecycleIT {

    private static final String TOPIC = "coop.call.events";

    @LocalServerPort
    int port;
    @Value("${spring.cloud.stream.default.group}")
    String group;
    @Autowired
    MutableClock clock;
    @Autowired
    CallSchedule schedule;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    private CallApi api;
    private FundingEvents funding;

    @BeforeEach
    void setUp() {
        api = new CallApi(port);
        funding = new FundingEvents(kafka, codec);
    }

    @Test
    void draftsEditsSubmitsOpensAtItsDateOnceFundedAndClosesAtItsDeadline() {
        String id = api.draft(callBody(today().plusDays(2), today().plusDays(5)));
        Map<String, Object> edited = CallApi.content("Resilient cities", today().plusDays(2), today().plusDays(5));
        edited.put("globalChallenges", List.of("CLIMATE_CHANGE", "PANDEMICS"));
        edited.put("fundingPeriodDays", 45);
        ResponseEntity<Map> blind = api.put("/api/calls/" + id, JP_OFFICER, edited);
        assertThat(blind.getStatusCode().value()).as("a PUT without If-Match").isEqualTo(428);
        assertThat(blind.getBody()).containsEntry("type", "urn:coop:problem:precondition-required");
        assertThat(api.call(id)).containsEntry("version", 1).doesNotContainEntry("title", "Resilient cities");
        assertThat(api.put("/api/calls/" + id, JP_OFFICER, edited, "\"1\"").getBody())
                .containsEntry("title", "Resilient cities")
                .containsEntry("globalChallenges", List.of("CLIMATE_CHANGE", "PANDEMICS")).containsEntry("fundingPeriodDays", 45);
        assertThat(api.command(id, "submission", EU_OFFICER).getBody()).containsEntry("state", "AWAITING_FUNDING");

        funding.publish(FundingEvents.secured("agr-" + id, id, 5, budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));
        awaitFundingProjected(id);
        awaitPublished(CallSubmittedForFunding.class, id);
        schedule.run();
        assertThat(api.call(id)).containsEntry("state", "AWAITING_FUNDING");

        clock.advance(Duration.ofDays(2));
        schedule.run();
        assertThat(api.call(id)).containsEntry("state", "OPEN");
        awaitPublished(CallOpened.class, id);

        clock.advance(Duration.ofDays(4));
        schedule.run();
        schedule.run();
        assertThat(api.call(id)).containsEntry("state", "CLOSED");
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            assertThat(events.await(CallUpdated.class, e -> e.getCallId().equals(id)).getTitle()).isEqualTo("Resilient cities");
            CallSubmittedForFunding submitted = events.await(CallSubmittedForFunding.class, e -> e.getCallId().equals(id));
            assertThat(submitted.getTimeline().getDeadline()).isEqualTo(today().minusDays(1));
            assertThat(submitted.getGlobalChallenges()).containsExactly("CLIMATE_CHANGE", "PANDEMICS");
            assertThat(submitted.getFundingPeriodDays()).isEqualTo(45);
            assertThat(events.await(CallClosed.class, e -> e.getCallId().equals(id)).getClosure())
                    .isEqualTo(CallClosure.DEADLINE);
            assertThat(events.events(CallOpened.class, e -> e.getCallId().equals(id))).hasSize(1);
            assertThat(events.events(CallClosed.class, e -> e.getCallId().equals(id))).hasSize(1);
            String thread = events.await(CallDrafted.class, e -> e.getCallId().equals(id)).getMeta().getCorrelationId();
            assertThat(events.await(CallClosed.class, e -> e.getCallId().equals(id)).getMeta().getCorrelationId())
                    .as("the scheduled check carries the call's thread on").isEqualTo(thread);
        }
        assertThat(states(api.call(id))).containsExactly("DRAFT", "AWAITING_FUNDING", "OPEN", "CLOSED");
    }

    @Test
    void opensAtOnceWhenCoFundingIsSecuredOnOrAfterTheOpeningDate() {
        String id = api.draft(callBody(today(), today().plusDays(30)));
        api.command(id, "submission", EU_OFFICER);

        funding.publish(FundingEvents.secured("agr-" + id, id, 5, budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(id)).containsEntry("state", "OPEN"));
        funding.publish(FundingEvents.secured("agr-" + id, id, 5, budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));
        String later = api.draft(callBody(today(), today().plusDays(30)));
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            assertThat(events.await(CallOpened.class, e -> e.getCallId().equals(id)).getOpenedOn()).isEqualTo(today());
            events.await(CallDrafted.class, e -> e.getCallId().equals(later));
            assertThat(events.events(CallOpened.class, e -> e.getCallId().equals(id))).hasSize(1);
        }
    }

    @Test
    void closesByHandAndCancelsWithAReasonButNotTwice() {
        String id = api.draft(callBody(today(), today().plusDays(30)));
        api.command(id, "submission", EU_OFFICER);
        funding.publish(FundingEvents.secured("agr-" + id, id, 5, budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(id)).containsEntry("state", "OPEN"));

        assertThat(api.command(id, "closure", JP_OFFICER).getBody()).containsEntry("state", "CLOSED");
        ResponseEntity<Map> cancelled = api.post("/api/calls/" + id + "/cancellation", EU_OFFICER,
                Map.of("reason", "Budget frozen"));
        ResponseEntity<Map> again = api.post("/api/calls/" + id + "/cancellation", EU_OFFICER, Map.of("reason", "x"));

        assertThat(cancelled.getBody()).containsEntry("state", "CANCELLED").containsEntry("cancellationReason", "Budget frozen");
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat(again.getBody()).containsEntry("currentState", "CANCELLED");
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            CallCancelled event = events.await(CallCancelled.class, e -> e.getCallId().equals(id));
            assertThat(event.getPreviousState()).isEqualTo("CLOSED");
            assertThat(event.getReason()).isEqualTo("Budget frozen");
            assertThat(events.await(CallClosed.class, e -> e.getCallId().equals(id)).getClosure())
                    .isEqualTo(CallClosure.BY_HAND);
        }
    }

    @Test
    void refusesBadDraftsOtherSidesAndIncompleteSubmissionsAndEmitsNothing() {
        Map<String, Object> badBody = new HashMap<>(callBody(today().minusDays(1), today().plusDays(5)));
        badBody.put("participatingSides", List.of("EU", "XX"));
        String id = api.draft(callBody(today().plusDays(1), today().plusDays(5)));

        assertThat(fields(api.post("/api/calls", EU_OFFICER, badBody)))
                .contains("participatingSides", "indicativeBudget", "timeline.opening");
        assertThat(fields(api.post("/api/calls", EU_OFFICER, Map.of("modality", "JOINT"))))
                .contains("participatingSides", "content");
        assertThat(api.post("/api/calls", KR_OFFICER, callBody(today(), today().plusDays(5))).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.post("/api/calls", CallApi.VIEWER, callBody(today(), today().plusDays(5))).getStatusCode().value())
                .isEqualTo(403);
        assertThat(api.command(id, "submission", KR_OFFICER).getStatusCode().value()).isEqualTo(403);
        assertThat(api.command(id, "closure", EU_OFFICER).getBody()).containsEntry("currentState", "DRAFT");
        assertThat(api.command("no-such-call", "submission", EU_OFFICER).getStatusCode().value()).isEqualTo(404);
        assertThat(api.put("/api/calls/" + id, EU_OFFICER, CallApi.content("x", today(), today().minusDays(1)), "\"1\"")
                .getStatusCode().value()).isEqualTo(400);

        ResponseEntity<Map> stale = api.post("/api/calls/" + id + "/submission", EU_OFFICER, Map.of(), "\"7\"");
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(api.post("/api/calls/" + id + "/submission", EU_OFFICER, Map.of(), "\"1\"").getBody())
                .containsEntry("state", "AWAITING_FUNDING");
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(CallSubmittedForFunding.class, e -> e.getCallId().equals(id));
            assertThat(events.events(CallUpdated.class, e -> e.getCallId().equals(id))).isEmpty();
            assertThat(events.events(CallClosed.class, e -> e.getCallId().equals(id))).isEmpty();
        }
    }

    /**
     * An undecodable record parks its agreement's sequence, and the agreement's next event waits
     * behind it; an event for an unknown call is parked on its own; another agreement's event of
     * the same call goes on and opens it. Both failures are on the dead-letter topic with their
     * reasons, and the operator endpoint lists the two sequences.
     */
    @Test
    @SuppressWarnings("unchecked")
    void parksAFundingEventItCannotProcessWithItsAgreementsLaterOnesAndGoesOnWithTheOthers() {
        String id = api.draft(callBody(today(), today().plusDays(30)));
        api.command(id, "submission", EU_OFFICER);
        String poisoned = "agr-" + UUID.randomUUID();
        String broken = "agr-" + UUID.randomUUID();
        String agreement = "agr-" + UUID.randomUUID();

        kafka.send(new ProducerRecord<>(FundingEvents.TOPIC, poisoned.getBytes(StandardCharsets.UTF_8),
                "not an event".getBytes(StandardCharsets.UTF_8))).join();
        funding.publish(FundingEvents.secured(poisoned, id, 4, budget("EU", "2", "EUR", "JP", "2", "JPY")));
        funding.publish(FundingEvents.secured(broken, "no-such-call", 4, budget("EU", "1", "EUR", "JP", "1", "JPY")));
        funding.publish(FundingEvents.secured(agreement, id, 5, budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(id)).containsEntry("state", "OPEN"));
        String deadLetters = DeadLetters.topic(FundingEvents.TOPIC, group);
        try (EventProbe probe = EventProbe.fromBeginning(deadLetters)) {
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(probe.records(deadLetters).stream()
                    .map(r -> new String(r.key(), StandardCharsets.UTF_8) + " "
                            + new String(r.headers().lastHeader(DeadLetters.REASON_HEADER).value(), StandardCharsets.UTF_8))
                    .filter(line -> line.startsWith(poisoned) || line.startsWith(broken) || line.startsWith(agreement)))
                    .hasSize(2).anySatisfy(line -> assertThat(line).startsWith(poisoned + " "))
                    .anySatisfy(line -> assertThat(line).startsWith(broken).contains("no-such-call")));
        }
        List<?> parked = (List<?>) api.get("/api/operator/parked?size=100", CallApi.OPERATOR).getBody().get("items");
        assertThat(parked).anySatisfy(s -> assertThat((Map<String, Object>) s).containsEntry("aggregateId", poisoned)
                .containsEntry("events", 2).containsEntry("topic", FundingEvents.TOPIC));
        assertThat(parked).anySatisfy(s -> assertThat((Map<String, Object>) s).containsEntry("aggregateId", broken)
                .containsEntry("events", 1));
        assertThat(parked).noneSatisfy(s -> assertThat((Map<String, Object>) s).containsEntry("aggregateId", agreement));
        assertThat(api.get("/api/operator/parked", EU_OFFICER).getStatusCode().value()).isEqualTo(403);
    }

    private void awaitFundingProjected(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> api.get("/api/calls/" + id + "/funding").getStatusCode().value() == 200);
    }

    /** Moving the clock while the relay holds a lease would expire it at once and publish twice. */
    private static void awaitPublished(Class<? extends org.apache.avro.specific.SpecificRecord> type, String id) {
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(type, e -> EventCodec.meta(e).getAggregateId().equals(id));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @SuppressWarnings("unchecked")
    private static List<String> states(Map<String, Object> call) {
        return ((List<Map<String, Object>>) call.get("history")).stream().map(h -> (String) h.get("state")).toList();
    }
}

package org.coopsuite.call.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.coopsuite.call.CallApi.EU_OFFICER;
import static org.coopsuite.call.CallApi.applicant;
import static org.coopsuite.call.CallApi.fields;
import static org.coopsuite.call.FundingEvents.budget;
import static org.coopsuite.call.proposal.ProposalBodies.partner;
import static org.coopsuite.call.proposal.ProposalBodies.proposal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.call.ProposalDeclaredEligible;
import org.coopsuite.schemas.call.ProposalSubmitted;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.codec.EventDecodingException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Malformed proposals and proposals to a call that does not accept them: each refused with clear
 * problem details, and nothing stored or emitted. The one good proposal sent after them is the
 * only one of the call, in the store and on the topic.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class ProposalSubmissionIT {

    private static final String ALICE = applicant("EU", "alice");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    private CallApi api;

    @BeforeEach
    void setUp() {
        api = new CallApi(port);
    }

    @Test
    void refusesMalformedProposalsAndStoresAndEmitsNothingForThem() {
        String id = openCall();
        String path = "/api/calls/" + id + "/proposals";

        assertThat(fields(api.post(path, ALICE, without("acronym", good())))).containsExactly("acronym");
        assertThat(fields(api.post(path, ALICE, with("title", "x".repeat(301), good())))).containsExactly("title");
        assertThat(fields(api.post(path, ALICE, proposal("A", "open", eu("-5"), jp("10")))))
                .containsExactly("consortium[0].requested.amount");
        assertThat(fields(api.post(path, ALICE, proposal("A", "open", eu("0"), jp("10")))))
                .containsExactly("consortium[0].requested.amount");
        assertThat(api.post(path, ALICE, proposal("A", "open", eu("lots"), jp("10"))).getStatusCode().value())
                .isEqualTo(400);
        assertThat(fields(api.post(path, ALICE, proposal("A", "open", eu("5"),
                partner("Nowhere Inc", "XX", "PARTNER", "10", "XXX"))))).containsExactly("consortium[1].side");
        assertThat(fields(api.post(path, ALICE, proposal("A", "open", eu("5"),
                partner("Tokyo Univ", "JP", "PARTNER", "10", "EUR"))))).containsExactly("consortium[1].requested.currency");
        assertThat(fields(api.post(path, ALICE, proposal("A", "open", eu("5"),
                partner("Kyoto Univ", "JP", "COORDINATOR", "10", "JPY"))))).containsExactly("consortium");
        assertThat(fields(api.post(path, ALICE, proposal("A", "open")))).containsExactly("consortium");
        assertThat(api.post(path, CallApi.VIEWER, good()).getStatusCode().value()).isEqualTo(403);
        assertThat(api.post("/api/calls/no-such-call/proposals", ALICE, good()).getStatusCode().value()).isEqualTo(404);

        ResponseEntity<Map> accepted = api.post(path, ALICE, good());
        assertThat(accepted.getStatusCode().value()).isEqualTo(201);
        assertThat(accepted.getBody()).containsEntry("state", "ELIGIBLE").containsEntry("submitter", "alice");
        String proposalId = (String) accepted.getBody().get("id");
        assertThat(api.getList(path)).hasSize(1);
        try (EventProbe events = EventProbe.fromBeginning("coop.call.events")) {
            events.await(ProposalDeclaredEligible.class, e -> e.getProposalId().equals(proposalId));
            assertThat(events.events(ProposalSubmitted.class, e -> e.getCallId().equals(id)))
                    .extracting(ProposalSubmitted::getProposalId).containsExactly(proposalId);
            // keyed by the call, as the call's own events: one consumer sees the call and its proposals in order
            List<ConsumerRecord<byte[], byte[]>> proposalRecords = events.records("coop.call.events").stream()
                    .filter(r -> isOfAggregate(r, proposalId)).toList();
            assertThat(proposalRecords).hasSize(2).allSatisfy(r -> assertThat(new String(r.key(), StandardCharsets.UTF_8))
                    .isEqualTo(id));
        }
    }

    @Test
    void refusesAProposalToACallThatIsNotOpen() {
        String id = api.draft(CallApi.callBody(today().plusDays(1), today().plusDays(10)));

        ResponseEntity<Map> refused = api.post("/api/calls/" + id + "/proposals", ALICE, good());

        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).containsEntry("currentState", "DRAFT");
        assertThat(api.getList("/api/calls/" + id + "/proposals")).isEmpty();
    }

    private String openCall() {
        String id = api.draft(CallApi.callBody(today(), today().plusDays(10)));
        api.command(id, "submission", EU_OFFICER);
        new FundingEvents(kafka, codec).publish(FundingEvents.secured("agr-" + id, id, 5,
                budget("EU", "5000000", "EUR", "JP", "800000000", "JPY")));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(api.call(id)).containsEntry("state", "OPEN"));
        return id;
    }

    private static Map<String, Object> good() {
        return proposal("HEAT", "Open data.", eu("100000"), jp("20000000"));
    }

    private static Map<String, Object> eu(String amount) {
        return partner("TU Delft", "EU", "COORDINATOR", amount, "EUR");
    }

    private static Map<String, Object> jp(String amount) {
        return partner("Tokyo Univ", "JP", "PARTNER", amount, "JPY");
    }

    private static Map<String, Object> without(String field, Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.remove(field);
        return copy;
    }

    private static Map<String, Object> with(String field, Object value, Map<String, Object> body) {
        Map<String, Object> copy = new HashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }


    private boolean isOfAggregate(ConsumerRecord<byte[], byte[]> record, String aggregateId) {
        try {
            return EventCodec.meta(codec.decode(record.value())).getAggregateId().equals(aggregateId);
        } catch (EventDecodingException notAnEvent) {
            return false;
        }
    }
}

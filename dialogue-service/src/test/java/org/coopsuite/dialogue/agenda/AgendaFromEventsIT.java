package org.coopsuite.dialogue.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.dialogue.actionitem.OverdueActionItemsCheck;
import org.coopsuite.dialogue.escalation.ShortfallEscalationCheck;
import org.coopsuite.platform.event.EventContext;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.springframework.test.annotation.DirtiesContext;
import org.coopsuite.schemas.call.CallCancelled;
import org.coopsuite.schemas.codec.EventCodec;
import org.coopsuite.schemas.common.Money;
import org.coopsuite.schemas.dialogue.ActionItemAssigned;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.ConsultationEscalated;
import org.coopsuite.schemas.dialogue.DialogueDateConfirmed;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.coopsuite.schemas.funding.CoFundingOverdue;
import org.coopsuite.schemas.funding.CoFundingSecured;
import org.coopsuite.schemas.funding.FundingShortfallDetected;
import org.coopsuite.schemas.funding.FundingShortfallResolved;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Agenda items from events, and escalation, over a real broker and MongoDB: events are published
 * to the other services' topics as those services would, and the outcome is read from this
 * service's topic and API. The steps build on each other, as a cooperation's history does: first
 * no dialogue at all, then a joint committee, then a working group whose action is overdue.
 */
@ServiceIntegrationTest(properties = {"coop.dialogue.escalation.shortfall-days=2",
        "coop.dialogue.escalation.funding-overdue-days=2"})
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AgendaFromEventsIT {

    private static final String DIALOGUE_TOPIC = "coop.dialogue.events";
    private static final Duration BEHIND = Duration.ofDays(9);

    /**
     * Days behind, so that moving it forward (seven days in all) leaves the events' Kafka timestamps
     * in the past: the broker refuses one more than an hour ahead. Every IT closes its context, so
     * that no other test's consumers react to the events published here.
     */
    @TestConfiguration
    static class MovableTime {
        @Bean
        MutableClock clock() {
            return new MutableClock(Instant.now().minus(BEHIND));
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;
    @Autowired
    OverdueActionItemsCheck overdueCheck;
    @Autowired
    ShortfallEscalationCheck shortfallCheck;

    static String consultation;
    static String jointCommittee;
    static String openShortfall;
    static String openShortfallCorrelation;
    static String resolvedShortfall;

    @Test
    @Order(1)
    void aShortfallWithNoJointCommitteeScheduledEscalatesToAConsultationAwaitingItsDate() {
        FundingShortfallDetected shortfall = shortfall();

        publish("coop.funding.events", shortfall.getAgreementId(), shortfall);

        ConsultationEscalated escalated = awaitEvent(ConsultationEscalated.class,
                e -> e.getSource().getEventId().equals(shortfall.getMeta().getEventId()));
        assertThat(escalated.getLevel()).isEqualTo(DialogueLevel.HIGH_LEVEL);
        assertThat(escalated.getFromLevel()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
        assertThat(escalated.getConsultationScheduled()).isTrue();
        assertThat(escalated.getSource().getSubjectId()).isEqualTo(shortfall.getShortfallId());
        assertThat(escalated.getMeta().getCorrelationId()).isEqualTo(shortfall.getMeta().getCorrelationId());
        consultation = escalated.getDialogueId();
        DialogueScheduled scheduled = awaitEvent(DialogueScheduled.class, e -> e.getDialogueId().equals(consultation));
        assertThat(scheduled.getMeta().getCorrelationId()).isEqualTo(shortfall.getMeta().getCorrelationId());
        assertThat(scheduled.getDateToBeConfirmed()).isTrue();
        assertThat(scheduled.getParticipatingSides()).containsExactly("EU", "JP", "KR");
        assertThat(api().agenda(consultation)).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("escalated", true));
    }

    @Test
    @Order(2)
    void theConsultationsDateIsConfirmedByTheSecretariat() {
        LocalDate date = today().plusDays(45);

        ResponseEntity<Map> confirmed = api().post("/api/dialogues/" + consultation + "/date-confirmation",
                Map.of("date", date.toString()));

        assertThat(confirmed.getStatusCode().value()).isEqualTo(200);
        assertThat(confirmed.getBody()).containsEntry("dateToBeConfirmed", false).containsEntry("date", date.toString());
        assertThat(awaitEvent(DialogueDateConfirmed.class, e -> e.getDialogueId().equals(consultation)).getDate())
                .isEqualTo(date);
        assertThat(api().post("/api/dialogues/" + consultation + "/date-confirmation", Map.of("date", date.toString()))
                .getStatusCode().value()).isEqualTo(409);
    }

    @Test
    @Order(3)
    void aShortfallGoesOnTheNextJointCommitteeOnceHoweverOftenItIsDelivered() {
        String later = api().schedule("JOINT_COMMITTEE", today().plusDays(200));
        jointCommittee = api().schedule("JOINT_COMMITTEE", today().plusDays(20));
        FundingShortfallDetected shortfall = shortfall();

        publish("coop.funding.events", shortfall.getAgreementId(), shortfall);
        publish("coop.funding.events", shortfall.getAgreementId(), shortfall);
        // the same agreement, so on the same partition after the duplicate: once it is placed, so was the duplicate
        FundingShortfallDetected toppedUp = shortfall(shortfall.getAgreementId(), "p-2", 8);
        publish("coop.funding.events", toppedUp.getAgreementId(), toppedUp);
        publish("coop.funding.events", toppedUp.getAgreementId(), resolved(toppedUp));
        CallCancelled cancelled = callCancelled();
        publish("coop.call.events", cancelled.getCallId(), cancelled);
        openShortfall = shortfall.getShortfallId();
        openShortfallCorrelation = shortfall.getMeta().getCorrelationId();
        resolvedShortfall = toppedUp.getShortfallId();

        awaitEvent(AgendaItemAdded.class, e -> e.getSource() != null && e.getSource().getEventId().equals(cancelled.getMeta().getEventId()));
        awaitEvent(AgendaItemAdded.class, e -> e.getSource() != null && e.getSource().getEventId().equals(toppedUp.getMeta().getEventId()));
        try (EventProbe events = EventProbe.fromBeginning(DIALOGUE_TOPIC)) {
            List<AgendaItemAdded> added = events.events(AgendaItemAdded.class,
                    e -> e.getSource() != null && e.getSource().getEventId().equals(shortfall.getMeta().getEventId()));
            assertThat(added).singleElement().satisfies(item -> {
                assertThat(item.getDialogueId()).isEqualTo(jointCommittee);
                assertThat(item.getEscalated()).isFalse();
                assertThat(item.getSource().getEventType()).isEqualTo("FundingShortfallDetected");
                assertThat(item.getTitle()).contains("JP").contains("1000000 JPY");
            });
        }
        assertThat(api().agenda(jointCommittee)).hasSize(3);
        assertThat(api().agenda(later)).isEmpty();
    }

    @Test
    @Order(4)
    void aShortfallNoJointCommitteeTakesUpInTimeGoesOnceOntoTheHighLevelConsultationUnlessResolved() {
        String shortfallId = openShortfall;

        shortfallCheck.run();
        assertThat(escalationsOf(shortfallId)).isEmpty();
        clock.advance(Duration.ofDays(3));
        shortfallCheck.run();
        shortfallCheck.run();

        awaitEvent(ConsultationEscalated.class, e -> e.getSource().getSubjectId().equals(shortfallId));
        assertThat(escalationsOf(shortfallId)).singleElement().satisfies(e -> {
            assertThat(e.getDialogueId()).isEqualTo(consultation);
            assertThat(e.getFromLevel()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
            assertThat(e.getConsultationScheduled()).isFalse();
            assertThat(e.getMeta().getCorrelationId()).as("the shortfall's cooperation, not the check run's")
                    .isEqualTo(openShortfallCorrelation);
        });
        assertThat(escalationsOf(resolvedShortfall)).isEmpty();
    }

    @Test
    @Order(5)
    void anOverdueActionItemOfAWorkingGroupEscalatesToTheNextJointCommittee() {
        String workingGroup = api().inSession("WORKING_GROUP", today());
        ResponseEntity<Map> assigned = api().post("/api/dialogues/" + workingGroup + "/action-items",
                Map.of("ownerSide", "JP", "description", "Share the data-management plan.", "dueDate", today().toString()));
        String item = (String) assigned.getBody().get("id");
        String assignedIn = assigned.getHeaders().getFirst("X-Correlation-Id");
        awaitEvent(ActionItemAssigned.class, e -> e.getActionItemId().equals(item));

        clock.advance(Duration.ofDays(1));
        overdueCheck.run();

        ConsultationEscalated escalated = awaitEvent(ConsultationEscalated.class,
                e -> e.getSource().getSubjectId().equals(item));
        assertThat(escalated.getDialogueId()).isEqualTo(jointCommittee);
        assertThat(escalated.getFromLevel()).isEqualTo(DialogueLevel.WORKING_GROUP);
        assertThat(escalated.getLevel()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
        assertThat(escalated.getMeta().getCorrelationId()).as("the thread the item was assigned in, not the check run's")
                .isEqualTo(assignedIn);
        assertThat(api().agenda(jointCommittee)).anySatisfy(agendaItem -> assertThat(agendaItem)
                .containsEntry("escalated", true).extractingByKey("title").asString().contains("data-management plan"));
    }

    @Test
    @Order(6)
    void anOverdueCoFundingGoesOnTheNextJointCommitteeAndEscalatesOnItsCooperationsThreadUnlessSecuredMeanwhile() {
        CoFundingOverdue overdue = overdue(UUID.randomUUID().toString());
        CoFundingOverdue securedLater = overdue(UUID.randomUUID().toString());

        publish("coop.funding.events", overdue.getAgreementId(), overdue);
        publish("coop.funding.events", securedLater.getAgreementId(), securedLater);
        publish("coop.funding.events", securedLater.getAgreementId(), secured(securedLater));
        // on the same partition after CoFundingSecured: once this one is placed, the secured one was projected
        FundingShortfallDetected after = shortfall(securedLater.getAgreementId(), "p-9", 9);
        publish("coop.funding.events", after.getAgreementId(), after);

        AgendaItemAdded placed = awaitEvent(AgendaItemAdded.class, e -> e.getSource() != null
                && e.getSource().getEventId().equals(overdue.getMeta().getEventId()));
        assertThat(placed.getDialogueId()).isEqualTo(jointCommittee);
        assertThat(placed.getTitle()).contains("overdue").contains("JP");
        assertThat(placed.getMeta().getCorrelationId()).isEqualTo(overdue.getMeta().getCorrelationId());
        awaitEvent(AgendaItemAdded.class, e -> e.getSource() != null && e.getSource().getEventId().equals(after.getMeta().getEventId()));
        clock.advance(Duration.ofDays(3));
        shortfallCheck.run();

        ConsultationEscalated escalated = awaitEvent(ConsultationEscalated.class,
                e -> e.getSource().getSubjectId().equals(overdue.getCallId()));
        assertThat(escalated.getFromLevel()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
        assertThat(escalated.getLevel()).isEqualTo(DialogueLevel.HIGH_LEVEL);
        assertThat(escalated.getMeta().getCorrelationId()).as("the overdue call's cooperation, not the check run's")
                .isEqualTo(overdue.getMeta().getCorrelationId());
        assertThat(escalationsOf(securedLater.getCallId())).as("secured after it went overdue: resolved").isEmpty();

        // What an operator follows of it: ./coop tail --correlation of the overdue call's cooperation shows
        // the fact, its item on the joint committee, the escalation and its item on the consultation.
        String thread = tailOf(overdue.getMeta().getCorrelationId());
        // tail prints a topic's records partition by partition, not in causal order (./coop trace does that)
        assertThat(thread.lines().map(AgendaFromEventsIT::eventType).toList()).as(thread).containsExactlyInAnyOrder(
                "CoFundingOverdue", "AgendaItemAdded", "ConsultationEscalated", "AgendaItemAdded");
    }

    private static String eventType(String jsonLine) {
        return tools.jackson.databind.json.JsonMapper.builder().build().readTree(jsonLine).at("/event/meta/eventType")
                .asString();
    }

    /** {@code ./coop tail all --from-beginning --correlation ID} on the test broker, as an operator runs it (JSON lines). */
    private static String tailOf(String correlationId) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        picocli.CommandLine line = new picocli.CommandLine(new org.coopsuite.tools.tail.TailCommand(print, Map.of(), tail -> { }));
        int code = org.coopsuite.cli.CommandLines.execute(line, print, System.err, "all", "--from-beginning",
                "--correlation", correlationId, "--idle-timeout", "3s", "--bootstrap-servers",
                org.coopsuite.platform.test.TestInfrastructure.shared().kafkaBootstrapServers());
        assertThat(code).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private CoFundingOverdue overdue(String agreement) {
        return CoFundingOverdue.newBuilder().setMeta(context().meta("CoFundingOverdue", "Agreement", agreement, 2))
                .setAgreementId(agreement).setCallId("call-" + agreement).setDueOn(today().minusDays(1))
                .setSidesShort(List.of("JP")).setStrategicAreas(List.of("CLIMATE_CHANGE")).build();
    }

    private CoFundingSecured secured(CoFundingOverdue overdue) {
        return CoFundingSecured.newBuilder().setMeta(context().meta("CoFundingSecured", "Agreement", overdue.getAgreementId(), 4))
                .setAgreementId(overdue.getAgreementId()).setCallId(overdue.getCallId())
                .setMechanism(org.coopsuite.schemas.funding.FundingMechanism.VIRTUAL_COMMON_POT)
                .setSecured(List.of()).build();
    }

    private List<ConsultationEscalated> escalationsOf(String subjectId) {
        try (EventProbe events = EventProbe.fromBeginning(DIALOGUE_TOPIC)) {
            return events.events(ConsultationEscalated.class, e -> e.getSource().getSubjectId().equals(subjectId));
        }
    }

    private static <T extends SpecificRecord> T awaitEvent(Class<T> type, java.util.function.Predicate<T> match) {
        try (EventProbe events = EventProbe.fromBeginning(DIALOGUE_TOPIC)) {
            return events.await(type, match);
        }
    }

    private void publish(String topic, String key, SpecificRecord event) {
        kafka.send(new ProducerRecord<>(topic, key.getBytes(StandardCharsets.UTF_8), codec.encode(event))).join();
    }

    private FundingShortfallDetected shortfall() {
        return shortfall(UUID.randomUUID().toString(), "p-1", 7);
    }

    private FundingShortfallDetected shortfall(String agreement, String proposal, long version) {
        return FundingShortfallDetected.newBuilder()
                .setMeta(context().meta("FundingShortfallDetected", "Agreement", agreement, version))
                .setAgreementId(agreement).setCallId("call-" + agreement).setShortfallId("sf-" + agreement + "-" + proposal)
                .setProposalId(proposal).setSide("JP")
                .setMissing(Money.newBuilder().setAmount("1000000").setCurrency("JPY").build())
                .setStrategicAreas(List.of("CLIMATE_CHANGE")).build();
    }

    private FundingShortfallResolved resolved(FundingShortfallDetected shortfall) {
        return FundingShortfallResolved.newBuilder()
                .setMeta(context().meta("FundingShortfallResolved", "Agreement", shortfall.getAgreementId(), 9))
                .setAgreementId(shortfall.getAgreementId()).setCallId(shortfall.getCallId())
                .setShortfallId(shortfall.getShortfallId()).setProposalId(shortfall.getProposalId())
                .setSide(shortfall.getSide()).build();
    }

    private CallCancelled callCancelled() {
        String call = UUID.randomUUID().toString();
        return CallCancelled.newBuilder().setMeta(context().meta("CallCancelled", "Call", call, 3)).setCallId(call)
                .setReason("No co-funding in time").setPreviousState("AWAITING_FUNDING").build();
    }

    private EventContext context() {
        return new EventContext(clock.instant(), "test-" + UUID.randomUUID(), null, "funding-service");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private DialogueApi api() {
        return new DialogueApi(port);
    }
}

package org.coopsuite.dialogue.agenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.dialogue.agenda.DialogueApi.fields;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.schemas.dialogue.AgendaItemAdded;
import org.coopsuite.schemas.dialogue.ConsultationEscalated;
import org.coopsuite.schemas.dialogue.DecisionKind;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.coopsuite.schemas.dialogue.DialogueLevel;
import org.coopsuite.schemas.dialogue.DialogueScheduled;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Agenda items by hand, the decision kinds beyond a mandate, and the listing of dialogues, over
 * HTTP, Kafka and MongoDB. A refused command is followed by an accepted one on the same dialogue,
 * whose event on the same partition shows that the refused one left none before it.
 */
@ServiceIntegrationTest
@DirtiesContext
class AgendaApiIT {

    private static final String TOPIC = "coop.dialogue.events";
    private static final Map<String, String> MISSION = Map.of("side", "EU", "programme", "Horizon Europe",
            "line", "Mission Climate-Neutral and Smart Cities");
    private static final Map<String, String> GOAL = Map.of("side", "JP", "programme", "Moonshot", "line", "Goal 4");

    @LocalServerPort
    int port;

    @Test
    void addsAnItemByHandAndShowsItWithTheDialogue() {
        String id = api().schedule("WORKING_GROUP", LocalDate.now().plusDays(30));

        ResponseEntity<Map> added = api().post(agendaOf(id), Map.of("title", "Open science: data sharing"));

        assertThat(added.getStatusCode().value()).isEqualTo(201);
        String itemId = (String) added.getBody().get("id");
        assertThat(api().agenda(id)).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("id", itemId).containsEntry("title", "Open science: data sharing")
                .containsEntry("escalated", false).containsEntry("source", null));
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            AgendaItemAdded event = events.await(AgendaItemAdded.class, e -> e.getAgendaItemId().equals(itemId));
            assertThat(event.getSource()).isNull();
            assertThat(event.getDialogueId()).isEqualTo(id);
        }
    }

    @Test
    void refusesABlankTitleAndAnItemOnAConcludedDialogueAndEmitsNothing() {
        String id = api().inSession("JOINT_COMMITTEE", LocalDate.now());
        ResponseEntity<Map> blank = api().post(agendaOf(id), Map.of("title", " "));
        api().post("/api/dialogues/" + id + "/conclusion", Map.of());

        ResponseEntity<Map> concluded = api().post(agendaOf(id), Map.of("title", "Too late"));

        assertThat(blank.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(blank)).containsExactly("title");
        assertThat(concluded.getStatusCode().value()).isEqualTo(409);
        assertThat(concluded.getBody()).containsEntry("currentState", "CONCLUDED");
        assertThat(api().agenda(id)).isEmpty();
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            events.await(org.coopsuite.schemas.dialogue.DialogueConcluded.class, e -> e.getDialogueId().equals(id));
            assertThat(events.events(AgendaItemAdded.class, e -> e.getDialogueId().equals(id))).isEmpty();
        }
    }

    @Test
    void recordsASynergyAndRefusesOnePairingASideWithItself() {
        String id = api().inSession("JOINT_COMMITTEE", LocalDate.now());

        ResponseEntity<Map> sameSide = api().post(decisionsOf(id), Map.of("kind", "SYNERGY_IDENTIFIED", "summary", "Pair",
                "synergy", Map.of("first", MISSION, "second", MISSION)));
        ResponseEntity<Map> paired = api().post(decisionsOf(id), Map.of("kind", "SYNERGY_IDENTIFIED",
                "summary", "Pair the cities mission with Moonshot goal 4", "synergy", Map.of("first", MISSION, "second", GOAL)));

        assertThat(sameSide.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(sameSide)).containsExactly("synergy.second.side");
        assertThat(paired.getStatusCode().value()).isEqualTo(201);
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            DecisionRecorded recorded = events.await(DecisionRecorded.class, e -> e.getDialogueId().equals(id));
            assertThat(recorded.getKind()).isEqualTo(DecisionKind.SYNERGY_IDENTIFIED);
            assertThat(recorded.getSynergy().getSecond().getLine()).isEqualTo("Goal 4");
            assertThat(events.events(DecisionRecorded.class, e -> e.getDialogueId().equals(id))).hasSize(1);
        }
    }

    @Test
    void anEscalationDecisionRefersTheMatterToAConsultationOneLevelUp() {
        String id = api().inSession("WORKING_GROUP", LocalDate.now());
        String highLevel = api().inSession("HIGH_LEVEL", LocalDate.now());

        ResponseEntity<Map> decided = api().post(decisionsOf(id), Map.of("kind", "ESCALATION",
                "summary", "Refer the reciprocity question to the joint committee"));
        ResponseEntity<Map> fromTheTop = api().post(decisionsOf(highLevel), Map.of("kind", "ESCALATION", "summary", "Up"));

        assertThat(decided.getStatusCode().value()).isEqualTo(201);
        assertThat(fromTheTop.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(fromTheTop)).containsExactly("kind");
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            ConsultationEscalated escalated = events.await(ConsultationEscalated.class,
                    e -> e.getSource().getSubjectId().equals(decided.getBody().get("id")));
            assertThat(escalated.getLevel()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
            assertThat(escalated.getFromLevel()).isEqualTo(DialogueLevel.WORKING_GROUP);
            assertThat(escalated.getMeta().getCorrelationId()).as("the cooperation thread of the decision's request")
                    .isEqualTo(decided.getHeaders().getFirst("X-Correlation-Id"));
            assertThat(api().agenda(escalated.getDialogueId())).singleElement().satisfies(item ->
                    assertThat(item.get("title").toString()).contains("reciprocity question"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsDialoguesByLevelStateAndPeriodOnePageAtATime() {
        LocalDate from = LocalDate.now().plusYears(5);
        String first = api().schedule("WORKING_GROUP", from);
        String second = api().schedule("WORKING_GROUP", from.plusDays(1));
        api().schedule("JOINT_COMMITTEE", from.plusDays(1));
        api().schedule("WORKING_GROUP", from.plusDays(40));

        String period = "&from=" + from + "&to=" + from.plusDays(30);
        List<Map<String, Object>> listed = (List<Map<String, Object>>) api()
                .get("/api/dialogues?level=WORKING_GROUP&state=SCHEDULED" + period).getBody().get("items");
        List<Map<String, Object>> secondPage = (List<Map<String, Object>>) api()
                .get("/api/dialogues?level=WORKING_GROUP" + period + "&size=1&page=1").getBody().get("items");

        assertThat(listed).extracting(d -> d.get("id")).containsExactly(first, second);
        assertThat(secondPage).extracting(d -> d.get("id")).containsExactly(second);
        assertThat(api().get("/api/dialogues?from=" + from + "&to=" + from.minusDays(1)).getStatusCode().value())
                .isEqualTo(400);
    }

    @Test
    void concludingAMeetingOfAPlatformProposesTheNextOneAtItsCadence() {
        LocalDate date = LocalDate.now().plusDays(3);
        ResponseEntity<Map> scheduled = api().post("/api/dialogues", Map.of("title", "28th Joint Committee",
                "platformId", "eu-jp-joint-committee", "date", date.toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B"))));
        ResponseEntity<Map> unknown = api().post("/api/dialogues", Map.of("title", "X", "platformId", "eu-kr",
                "date", date.toString(), "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B"))));
        String id = (String) scheduled.getBody().get("id");

        assertThat(scheduled.getBody()).containsEntry("level", "JOINT_COMMITTEE").containsEntry("platformId", "eu-jp-joint-committee");
        assertThat(unknown.getStatusCode().value()).isEqualTo(400);
        assertThat(fields(unknown)).containsExactly("platformId");
        api().post("/api/dialogues/" + id + "/session", Map.of());
        api().post("/api/dialogues/" + id + "/conclusion", Map.of());
        try (EventProbe events = EventProbe.fromBeginning(TOPIC)) {
            DialogueScheduled next = events.await(DialogueScheduled.class,
                    e -> "eu-jp-joint-committee".equals(e.getPlatformId()) && e.getDateToBeConfirmed());
            assertThat(next.getDate()).isEqualTo(date.plusYears(2));
            assertThat(next.getLevel()).isEqualTo(DialogueLevel.JOINT_COMMITTEE);
            assertThat(api().get("/api/dialogues/" + next.getDialogueId()).getBody()).containsEntry("state", "SCHEDULED");
        }
    }

    private static String agendaOf(String id) {
        return "/api/dialogues/" + id + "/agenda-items";
    }

    private static String decisionsOf(String id) {
        return "/api/dialogues/" + id + "/decisions";
    }

    private DialogueApi api() {
        return new DialogueApi(port);
    }
}

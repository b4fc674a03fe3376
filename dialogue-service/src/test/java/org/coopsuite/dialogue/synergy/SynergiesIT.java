package org.coopsuite.dialogue.synergy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.EventProbe;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.dialogue.DecisionRecorded;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.web.client.RestClient;

/**
 * The synergies register and the mandates that follow a synergy or name global challenges, over a
 * real broker and MongoDB: a joint committee pairs a Horizon Europe cluster with a Moonshot goal,
 * then mandates a call that follows it; mandates naming an unknown synergy or challenge are refused
 * and leave nothing behind.
 */
@ServiceIntegrationTest
@DirtiesContext
class SynergiesIT {

    private static final String SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    private static final String VIEWER = TestTokens.as(Role.VIEWER).side("JP").bearer();

    @LocalServerPort
    int port;

    @Test
    @SuppressWarnings("unchecked")
    void listsEachSynergyWithTheProgrammesItLinksAndTheCallsMandatedFromIt() {
        String committee = inSession();
        String synergy = (String) post("/api/dialogues/" + committee + "/decisions", Map.of("kind", "SYNERGY_IDENTIFIED",
                "summary", "Climate-neutral cities meet Moonshot Goal 4", "synergy", Map.of(
                        "first", Map.of("side", "EU", "programme", "Horizon Europe", "line", "Cluster 5"),
                        "second", Map.of("side", "JP", "programme", "Moonshot", "line", "Goal 4")))).getBody().get("id");

        ResponseEntity<Map> following = post("/api/dialogues/" + committee + "/decisions",
                mandate(Map.of("globalChallenges", List.of("CLIMATE_CHANGE", "DIGITAL_TRANSITION"),
                        "synergyDecisionId", synergy)));

        assertThat(following.getStatusCode().value()).as("%s", following.getBody()).isEqualTo(201);
        String call = (String) ((Map<String, Object>) following.getBody().get("mandate")).get("callId");
        try (EventProbe events = EventProbe.fromBeginning("coop.dialogue.events")) {
            DecisionRecorded recorded = events.await(DecisionRecorded.class,
                    e -> e.getMandate() != null && e.getMandate().getCallId().equals(call));
            assertThat(recorded.getMandate().getGlobalChallenges()).containsExactly("CLIMATE_CHANGE", "DIGITAL_TRANSITION");
            assertThat(recorded.getMandate().getSynergyDecisionId()).isEqualTo(synergy);
        }
        Map<String, Object> register = get("/api/synergies?size=100").getBody();
        assertThat((List<Map<String, Object>>) register.get("items")).filteredOn(s -> synergy.equals(s.get("decisionId")))
                .singleElement().satisfies(s -> {
                    assertThat(s).containsEntry("dialogueId", committee).containsEntry("calls", List.of(call));
                    assertThat(s.get("first")).isEqualTo(Map.of("side", "EU", "programme", "Horizon Europe", "line", "Cluster 5"));
                    assertThat(s.get("second")).isEqualTo(Map.of("side", "JP", "programme", "Moonshot", "line", "Goal 4"));
                });
        Map<String, Object> onePerPage = get("/api/synergies?size=1").getBody();
        assertThat(onePerPage).containsEntry("size", 1);
        assertThat((List<?>) onePerPage.get("items")).hasSize(1);
        assertThat(get("/api/synergies?size=101").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesAMandateNamingAnUnknownSynergyOrChallengeAndStoresAndEmitsNothing() {
        String committee = inSession();
        Map<?, ?> before = get("/api/dialogues/" + committee).getBody();

        ResponseEntity<Map> noSynergy = post("/api/dialogues/" + committee + "/decisions",
                mandate(Map.of("synergyDecisionId", "no-such-decision")));
        ResponseEntity<Map> noChallenge = post("/api/dialogues/" + committee + "/decisions",
                mandate(Map.of("globalChallenges", List.of("SPACE_TOURISM"))));

        assertThat(noSynergy.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) noSynergy.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("mandate.synergyDecisionId");
        assertThat(noChallenge.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, String>>) noChallenge.getBody().get("errors")).extracting(e -> e.get("field"))
                .containsExactly("mandate.globalChallenges");
        Map<?, ?> after = get("/api/dialogues/" + committee).getBody();
        assertThat(after.get("decisions")).isEqualTo(List.of());
        assertThat(after.get("version")).isEqualTo(before.get("version"));
        try (EventProbe events = EventProbe.fromBeginning("coop.dialogue.events")) {
            assertThat(events.events(DecisionRecorded.class, e -> e.getDialogueId().equals(committee))).isEmpty();
        }
    }

    private String inSession() {
        Map<String, Object> schedule = Map.of("title", "EU-Japan Joint Committee", "level", "JOINT_COMMITTEE",
                "date", LocalDate.now().plusDays(3).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B")));
        String id = (String) post("/api/dialogues", schedule).getBody().get("id");
        assertThat(post("/api/dialogues/" + id + "/session", Map.of()).getStatusCode().value()).isEqualTo(200);
        return id;
    }

    private static Map<String, Object> mandate(Map<String, Object> extra) {
        Map<String, Object> mandate = new java.util.HashMap<>(Map.of("modality", "JOINT", "strategicArea", "CLIMATE_CHANGE",
                "topics", List.of("Urban heat"), "indicativeBudget", Map.of(
                        "EU", Map.of("amount", "5000000.00", "currency", "EUR"),
                        "JP", Map.of("amount", "800000000", "currency", "JPY"))));
        mandate.putAll(extra);
        return Map.of("kind", "CALL_MANDATE", "summary", "Launch a joint call on climate-neutral cities", "mandate", mandate);
    }

    private ResponseEntity<Map> post(String path, Object body) {
        return http().post().uri(path).header(HttpHeaders.AUTHORIZATION, SECRETARIAT)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    private ResponseEntity<Map> get(String path) {
        return http().get().uri(path).header(HttpHeaders.AUTHORIZATION, VIEWER).retrieve().toEntity(Map.class);
    }

    private RestClient http() {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }
}

package org.coopsuite.dialogue.agenda;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The dialogue endpoints as the integration tests call them, as the EU and JP secretariats. */
final class DialogueApi {

    static final String EU_SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    static final String VIEWER = TestTokens.as(Role.VIEWER).side("JP").bearer();

    private final RestClient http;

    DialogueApi(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    String schedule(String level, LocalDate date) {
        Map<String, Object> body = Map.of("title", "EU-Japan " + level, "level", level, "date", date.toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A"), Map.of("side", "JP", "name", "B")));
        ResponseEntity<Map> response = post("/api/dialogues", body);
        assertThat(response.getStatusCode().value()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    String inSession(String level, LocalDate date) {
        String id = schedule(level, date);
        assertThat(post("/api/dialogues/" + id + "/session", Map.of()).getStatusCode().value()).isEqualTo(200);
        return id;
    }

    ResponseEntity<Map> post(String path, Object body) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, EU_SECRETARIAT)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> get(String path) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, VIEWER).retrieve().toEntity(Map.class);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> agenda(String id) {
        return (List<Map<String, Object>>) get("/api/dialogues/" + id).getBody().get("agenda");
    }

    @SuppressWarnings("unchecked")
    static List<String> fields(ResponseEntity<Map> response) {
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }
}

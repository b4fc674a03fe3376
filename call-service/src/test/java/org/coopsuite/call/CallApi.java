package org.coopsuite.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.test.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** The call-service API as the integration tests drive it: any status comes back, none throws. */
public final class CallApi {

    public static final String EU_OFFICER = TestTokens.as(Role.PROGRAMME_OFFICER).side("EU").bearer();
    public static final String OPERATOR = TestTokens.as(Role.OPERATOR).side("EU").bearer();
    public static final String JP_OFFICER = TestTokens.as(Role.PROGRAMME_OFFICER).side("JP").bearer();
    public static final String KR_OFFICER = TestTokens.as(Role.PROGRAMME_OFFICER).side("KR").bearer();
    public static final String VIEWER = TestTokens.as(Role.VIEWER).side("JP").bearer();
    public static final String EVALUATOR = TestTokens.as(Role.EVALUATOR).side("EU").bearer();

    private final RestClient http;

    public CallApi(int port) {
        this.http = RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    /** An applicant of a side, under its own subject: it withdraws only what it submitted. */
    public static String applicant(String side, String subject) {
        return TestTokens.as(Role.APPLICANT).side(side).subject(subject).bearer();
    }

    /** A complete call body for EU and JP: opens on {@code opening}, deadline {@code deadline}. */
    public static Map<String, Object> callBody(LocalDate opening, LocalDate deadline) {
        return Map.of("modality", "JOINT", "participatingSides", List.of("EU", "JP"), "content",
                content("Climate-neutral cities", opening, deadline));
    }

    public static Map<String, Object> content(String title, LocalDate opening, LocalDate deadline) {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", title);
        content.put("strategicAreas", List.of("CLIMATE_CHANGE"));
        content.put("topics", List.of("urban heat"));
        content.put("indicativeBudget", Map.of("EU", money("5000000", "EUR"), "JP", money("800000000", "JPY")));
        content.put("timeline", Map.of("opening", opening.toString(), "deadline", deadline.toString(),
                "evaluationEnd", deadline.plusDays(60).toString()));
        content.put("eligibility", Map.of("minimumPartnersPerSide", 1, "openAccessStatementRequired", true,
                "selfFundedPartnersAdmitted", true));
        content.put("climateCoefficient", 100);
        return content;
    }

    public static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    /** Drafts a call as the EU officer and answers its id. */
    public String draft(Map<String, Object> body) {
        ResponseEntity<Map> response = post("/api/calls", EU_OFFICER, body);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(201);
        return (String) response.getBody().get("id");
    }

    public ResponseEntity<Map> command(String id, String command, String token) {
        return post("/api/calls/" + id + "/" + command, token, Map.of());
    }

    public Map<String, Object> call(String id) {
        return get("/api/calls/" + id).getBody();
    }

    public ResponseEntity<Map> get(String path) {
        return get(path, VIEWER);
    }

    public ResponseEntity<Map> get(String path, String token) {
        return http.get().uri(path).header(HttpHeaders.AUTHORIZATION, token).retrieve().toEntity(Map.class);
    }

    /**
     * The entries of one page of a list endpoint: the {@code items} of the platform's envelope, as
     * the EU's programme officer reads them (it reads the proposals of calls of its side, too).
     */
    public List<?> getList(String path) {
        ResponseEntity<Map> response = get(path, EU_OFFICER);
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return (List<?>) response.getBody().get("items");
    }

    public ResponseEntity<Map> post(String path, String token, Object body) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    /** A command guarded by the version it expects. */
    public ResponseEntity<Map> post(String path, String token, Object body, String ifMatch) {
        return http.post().uri(path).header(HttpHeaders.AUTHORIZATION, token).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    /** A whole-content update without If-Match: refused with 428. */
    public ResponseEntity<Map> put(String path, String token, Object body) {
        return http.put().uri(path).header(HttpHeaders.AUTHORIZATION, token).contentType(MediaType.APPLICATION_JSON)
                .body(body).retrieve().toEntity(Map.class);
    }

    /** A whole-content update of the version it replaces. */
    public ResponseEntity<Map> put(String path, String token, Object body, String ifMatch) {
        return http.put().uri(path).header(HttpHeaders.AUTHORIZATION, token).header(HttpHeaders.IF_MATCH, ifMatch)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    /** The fields named in a 400's problem details. */
    @SuppressWarnings("unchecked")
    public static List<String> fields(ResponseEntity<Map> response) {
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(400);
        return ((List<Map<String, String>>) response.getBody().get("errors")).stream().map(e -> e.get("field")).toList();
    }
}

package org.coopsuite.dialogue.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.coopsuite.dialogue.DialogueAccess;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.security.AccessMatrix;
import org.coopsuite.platform.security.AccessMatrix.Relation;
import org.coopsuite.platform.test.AccessWalk;
import org.coopsuite.platform.test.BadInputWalk;
import org.coopsuite.platform.test.BadInputWalk.Probe;
import org.coopsuite.platform.test.BadInputs;
import org.coopsuite.platform.test.OpenApiDocument;
import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * dialogue-service's authorization matrix ({@link DialogueAccess#MATRIX}) walked over the running
 * service, and its bad inputs (generated from its OpenAPI schemas and by hand, a mandate's target
 * opening in the past among them): each a 4xx problem naming the problem, nothing stored or published.
 */
@ServiceIntegrationTest
@DirtiesContext
class DialogueAccessIT {

    private static final Logger log = LoggerFactory.getLogger(DialogueAccessIT.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String EU_SECRETARIAT = TestTokens.as(Role.SECRETARIAT).side("EU").bearer();
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void theTableNamesEveryOperationOfTheOpenApiDocument() {
        AccessWalk.assertCovers(port, DialogueAccess.MATRIX.operations().stream().map(AccessMatrix.Operation::key)
                .collect(Collectors.toSet()));
    }

    @Test
    void everyCellAnswersAsTheTableSays() {
        String dialogue = schedule();

        int walked = AccessWalk.assertWalk(port, cells(DialogueAccess.MATRIX), operation -> request(operation, dialogue),
                DialogueAccessIT::bearer);

        assertThat(walked).isEqualTo(DialogueAccess.MATRIX.size());
    }

    @Test
    void refusesEveryBadInputWithAProblemNamingItAndStoresAndPublishesNothing() {
        String dialogue = schedule();
        send(RawHttp.Request.of("POST", "/api/dialogues/" + dialogue + "/session").withHeader("Authorization", EU_SECRETARIAT));
        Map<String, Object> document = OpenApiDocument.document(port);
        List<Probe> probes = new ArrayList<>();
        add(probes, document, "/api/dialogues", "/api/dialogues", scheduleBody());
        add(probes, document, "/api/dialogues/{id}/decisions", "/api/dialogues/" + dialogue + "/decisions", mandate(
                TODAY.plusDays(30).toString()));
        add(probes, document, "/api/dialogues/{id}/action-items", "/api/dialogues/" + dialogue + "/action-items",
                Map.of("ownerSide", "EU", "description", "Draft the call text", "dueDate", TODAY.plusDays(7).toString()));
        int generated = probes.size();
        String decisions = "/api/dialogues/" + dialogue + "/decisions";
        probes.add(Probe.of("a mandate's target opening in the past", json(decisions, mandate(TODAY.minusDays(1).toString())),
                "mandate.targetOpeningDate"));
        probes.add(Probe.of("a mandate's target opening in 50 years", json(decisions, mandate(TODAY.plusYears(50).toString())),
                "mandate.targetOpeningDate"));
        Map<String, Object> halfYen = new LinkedHashMap<>(mandate(null));
        halfYen.put("mandate", Map.of("modality", "JOINT", "strategicArea", "CLIMATE_CHANGE", "topics", List.of("t"),
                "indicativeBudget", Map.of("EU", money("5", "EUR"), "JP", money("0.5", "JPY"))));
        probes.add(Probe.of("0.5 JPY in a mandate", json(decisions, halfYen), "mandate.indicativeBudget.JP.amount"));
        probes.add(Probe.of("an action item due yesterday", json("/api/dialogues/" + dialogue + "/action-items",
                Map.of("ownerSide", "EU", "description", "late", "dueDate", TODAY.minusDays(1).toString())), "dueDate"));
        for (String query : List.of("page=10001", "size=101", "page=-1", "from=yesterday")) {
            probes.add(Probe.of("GET /api/dialogues?" + query, get("/api/dialogues?" + query), query.substring(0, query.indexOf('='))));
        }
        probes.add(new Probe("an operator object as a dialogue id", get("/api/dialogues/%7B%22%24gt%22%3A%22%22%7D"), 404,
                "Dialogue"));

        BadInputWalk.Outcome outcome = BadInputWalk.walk(port, probes, this::stored, "coop.dialogue.events");

        log.info("{} bad inputs ({} generated from the OpenAPI schemas, {} by hand): {} by status", outcome.sent(),
                generated, outcome.sent() - generated, outcome.byStatus());
        assertThat(outcome.failures()).as("bad inputs not refused with a problem naming them").isEmpty();
        assertThat(probes).extracting(Probe::name).doesNotHaveDuplicates();
    }

    private static void add(List<Probe> probes, Map<String, Object> document, String template, String path,
            Map<String, Object> good) {
        for (BadInputs.Case bad : BadInputs.of(document, "POST", template, good)) {
            probes.add(Probe.of(bad.name(), json(path, bad.body()), bad.field()));
        }
    }

    static List<AccessWalk.Cell> cells(AccessMatrix matrix) {
        List<AccessWalk.Cell> cells = new ArrayList<>();
        for (AccessMatrix.Operation operation : matrix.operations()) {
            for (org.coopsuite.platform.security.Role role : org.coopsuite.platform.security.Role.values()) {
                for (Relation relation : Relation.values()) {
                    cells.add(new AccessWalk.Cell(operation.key(), role.name(), relation.name(),
                            operation.allows(role, relation)));
                }
            }
        }
        return cells;
    }

    static String bearer(String role, String relation) {
        TestTokens.Builder token = TestTokens.as(Role.valueOf(role));
        return switch (Relation.valueOf(relation)) {
            case OWN -> token.side("EU").agency("REA").bearer();
            case OTHER_AGENCY -> token.side("EU").agency("EISMEA").subject("eismea").bearer();
            case OTHER_SIDE -> token.side("KR").agency("NRF").subject("korea").bearer();
        };
    }

    private static RawHttp.Request request(String operation, String dialogue) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("/api/operator/parked/{id}", "/api/operator/parked/no-such-sequence")
                .replace("/api/operator/rebuilds/{id}", "/api/operator/rebuilds/no-such-rebuild")
                .replace("{collection}", "no-such-projection")
                .replace("/api/calls/{id}", "/api/calls/no-such-call").replace("{itemId}", "no-such-item")
                .replace("{id}", dialogue)
                .replace("/api/reports/dissemination", "/api/reports/dissemination?area=CLIMATE_CHANGE&from=2026-01-01&to=2026-12-31");
        Object body = switch (operation) {
            case "POST /api/dialogues" -> scheduleBody();
            case "POST /api/dialogues/{id}/postponement", "POST /api/dialogues/{id}/cancellation",
                    "POST /api/operator/parked/{id}/eviction" -> Map.of("reason", "walk");
            case "POST /api/dialogues/{id}/rescheduling", "POST /api/dialogues/{id}/date-confirmation" ->
                    Map.of("date", TODAY.plusDays(20).toString());
            case "POST /api/dialogues/{id}/decisions" -> Map.of("kind", "NOTE_TAKEN", "summary", "walk");
            case "POST /api/dialogues/{id}/agenda-items" -> Map.of("title", "walk");
            case "POST /api/dialogues/{id}/action-items" -> Map.of("ownerSide", "EU", "description", "walk",
                    "dueDate", TODAY.plusDays(7).toString());
            default -> null;
        };
        return body == null ? RawHttp.Request.of(method, path) : RawHttp.Request.json(method, path, JSON.writeValueAsString(body));
    }

    private String schedule() {
        RawHttp.Answer answer = send(json("/api/dialogues", scheduleBody()));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return String.valueOf(JSON.readValue(answer.body(), Map.class).get("id"));
    }

    private RawHttp.Answer send(RawHttp.Request request) {
        return RawHttp.send(port, request);
    }

    private static Map<String, Object> scheduleBody() {
        return Map.of("title", "EU-Japan Joint Committee", "level", "JOINT_COMMITTEE", "date", TODAY.plusDays(10).toString(),
                "coChairs", List.of(Map.of("side", "EU", "name", "A. Commissioner"), Map.of("side", "JP", "name", "B. Minister")));
    }

    private static Map<String, Object> mandate(String targetOpening) {
        Map<String, Object> mandate = new LinkedHashMap<>(Map.of("modality", "JOINT", "strategicArea", "CLIMATE_CHANGE",
                "topics", List.of("Climate adaptation"), "indicativeBudget",
                Map.of("EU", money("5000000", "EUR"), "JP", money("800000000", "JPY"))));
        if (targetOpening != null) {
            mandate.put("targetOpeningDate", targetOpening);
        }
        return Map.of("kind", "CALL_MANDATE", "summary", "Launch a joint call", "mandate", mandate);
    }

    private static Map<String, Object> money(String amount, String currency) {
        return Map.of("amount", amount, "currency", currency);
    }

    private static RawHttp.Request get(String path) {
        return RawHttp.Request.of("GET", path).withHeader("Authorization", TestTokens.as(Role.VIEWER).side("JP").bearer());
    }

    private static RawHttp.Request json(String path, Object body) {
        return RawHttp.Request.json("POST", path, JSON.writeValueAsString(body)).withHeader("Authorization", EU_SECRETARIAT);
    }

    private Map<String, Long> stored() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String collection : List.of("dialogues", "actionItems")) {
            counts.put(collection, mongo.getCollection(collection).countDocuments());
        }
        return counts;
    }
}

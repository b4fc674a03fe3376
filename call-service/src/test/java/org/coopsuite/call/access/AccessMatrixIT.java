package org.coopsuite.call.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallAccess;
import org.coopsuite.call.CallApi;
import org.coopsuite.call.FundingEvents;
import org.coopsuite.call.MovableTime;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.security.AccessMatrix;
import org.coopsuite.platform.security.AccessMatrix.Relation;
import org.coopsuite.platform.test.AccessWalk;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * call-service's authorization matrix ({@link CallAccess#MATRIX}) walked over the running service:
 * every operation of its OpenAPI document is in the table, and every cell (operation x role x
 * relation) answers as the table says, with real tokens against an open call and its proposal.
 */
@ServiceIntegrationTest
@Import(MovableTime.class)
class AccessMatrixIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Walked on the fixture's call with a panel. */
    private static final java.util.Set<String> PANEL_OPERATIONS = java.util.Set.of("PUT /api/calls/{id}/panel",
            "PUT /api/calls/{id}/panel/ties", "GET /api/calls/{id}/panel", "POST /api/proposals/{id}/assignment",
            "POST /api/proposals/{id}/evaluation", "POST /api/proposals/{id}/consensus");

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    @Test
    void theTableNamesEveryOperationOfTheOpenApiDocument() {
        AccessWalk.assertCovers(port, CallAccess.MATRIX.operations().stream().map(AccessMatrix.Operation::key)
                .collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void everyCellAnswersAsTheTableSays() {
        CallApi api = new CallApi(port);
        CallFixture fixture = CallFixture.open(api, new FundingEvents(kafka, codec), today());

        int walked = AccessWalk.assertWalk(port, cells(CallAccess.MATRIX), operation -> request(operation, fixture, api),
                AccessMatrixIT::bearer);

        assertThat(walked).isEqualTo(CallAccess.MATRIX.size());
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

    /** A token of the role: of EU with REA as the fixture's owner, of EU with another agency, or of KR. */
    static String bearer(String role, String relation) {
        TestTokens.Builder token = TestTokens.as(Role.valueOf(role));
        return switch (Relation.valueOf(relation)) {
            case OWN -> token.side("EU").agency("REA").subject(CallFixture.OWNER).bearer();
            case OTHER_AGENCY -> token.side("EU").agency("EISMEA").subject("another-applicant").bearer();
            case OTHER_SIDE -> token.side("KR").agency("NRF").subject("stranger").bearer();
        };
    }

    private RawHttp.Request request(String operation, CallFixture fixture, CallApi api) {
        String method = operation.substring(0, operation.indexOf(' '));
        String template = operation.substring(operation.indexOf(' ') + 1);
        boolean ofThePanel = PANEL_OPERATIONS.contains(operation);
        String path = template.replace("/api/proposals/{id}", "/api/proposals/"
                        + (ofThePanel ? fixture.panelProposal() : fixture.proposal()))
                .replace("/api/operator/parked/{id}", "/api/operator/parked/no-such-sequence")
                .replace("/api/operator/rebuilds/{id}", "/api/operator/rebuilds/no-such-rebuild")
                .replace("{collection}", "no-such-projection")
                .replace("{callId}", fixture.openCall()).replace("{id}", ofThePanel ? fixture.panelCall() : fixture.openCall());
        Object body = switch (operation) {
            case "POST /api/calls" -> CallApi.callBody(today(), today().plusDays(10));
            case "PUT /api/calls/{id}" -> CallApi.content("Edited", today().plusDays(1), today().plusDays(10));
            case "POST /api/calls/{id}/cancellation", "POST /api/operator/parked/{id}/eviction" -> Map.of("reason", "walk");
            case "POST /api/calls/{callId}/proposals" -> CallFixture.proposalBody();
            case "POST /api/proposals/{id}/evaluation" ->
                    Map.of("excellence", 4, "impact", 4, "implementation", 4, "comments", "walk");
            case "PUT /api/calls/{id}/panel" -> CallFixture.panelBody();
            case "PUT /api/calls/{id}/panel/ties" -> Map.of("order", List.of(fixture.panelProposal()), "note", "walk");
            case "POST /api/operator/projections/{collection}/rebuilds" -> Map.of("dryRun", true);
            case "POST /api/proposals/{id}/assignment" -> Map.of("noConflictOfInterest", true);
            case "POST /api/proposals/{id}/consensus" ->
                    Map.of("excellence", 4, "impact", 4, "implementation", 4, "comments", "walk");
            case "POST /api/calls/{id}/results/return" -> Map.of("reason", "walk");
            case "POST /api/calls/{id}/side-selection" -> Map.of("selected", List.of());
            case "POST /api/proposals/{id}/redress" -> Map.of("criterion", "excellence", "reason", "walk");
            case "POST /api/proposals/{id}/redress/decision" -> Map.of("upheld", false, "reason", "walk");
            default -> null;
        };
        RawHttp.Request request = body == null ? RawHttp.Request.of(method, path)
                : RawHttp.Request.json(method, path, JSON.writeValueAsString(body));
        if (method.equals("PUT")) {
            String call = ofThePanel ? fixture.panelCall() : fixture.openCall();
            return request.withHeader("If-Match", "\"" + api.call(call).get("version") + "\"");
        }
        return request;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}

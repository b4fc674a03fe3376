package org.coopsuite.funding.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.coopsuite.funding.FundingAccess;
import org.coopsuite.infra.token.Role;
import org.coopsuite.platform.security.AccessMatrix;
import org.coopsuite.platform.security.AccessMatrix.Relation;
import org.coopsuite.platform.test.AccessWalk;
import org.coopsuite.platform.test.RawHttp;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.coopsuite.platform.test.TestTokens;
import org.coopsuite.schemas.codec.EventCodec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * funding-service's authorization matrix ({@link FundingAccess#MATRIX}) walked over the running
 * service: every operation of its OpenAPI document is in the table, and every cell answers as the
 * table says, against an agreement pending commitments with the EU's REA commitment.
 */
@ServiceIntegrationTest
class FundingAccessIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<byte[], byte[]> kafka;
    @Autowired
    EventCodec codec;

    @Test
    void theTableNamesEveryOperationOfTheOpenApiDocument() {
        AccessWalk.assertCovers(port, FundingAccess.MATRIX.operations().stream().map(AccessMatrix.Operation::key)
                .collect(Collectors.toSet()));
    }

    @Test
    void everyCellAnswersAsTheTableSays() {
        String callId = UUID.randomUUID().toString();
        FundingApi api = new FundingApi(port);
        new CallEventsFixture(kafka, codec).send(callId, CallEventsFixture.submitted(callId));
        api.awaitAgreementOf(callId);
        String agreement = Agreement.idFor(callId);
        var committed = api.commit(agreement, FundingApi.EU_OFFICER, "EU", "REA", "1000.00", "EUR");
        assertThat(committed.getStatusCode().value()).as("%s", committed.getBody()).isEqualTo(201);
        String commitment = FundingApi.commitmentOf(committed.getBody(), "EU");

        int walked = AccessWalk.assertWalk(port, cells(FundingAccess.MATRIX),
                operation -> request(operation, callId, agreement, commitment), FundingAccessIT::bearer);

        assertThat(walked).isEqualTo(FundingAccess.MATRIX.size());
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

    /** A token of the role: of EU with REA (the commitment's), of EU with EISMEA, or of KR. */
    static String bearer(String role, String relation) {
        TestTokens.Builder token = TestTokens.as(Role.valueOf(role));
        return switch (Relation.valueOf(relation)) {
            case OWN -> token.side("EU").agency("REA").bearer();
            case OTHER_AGENCY -> token.side("EU").agency("EISMEA").subject("eismea").bearer();
            case OTHER_SIDE -> token.side("KR").agency("NRF").subject("korea").bearer();
        };
    }

    private static RawHttp.Request request(String operation, String callId, String agreement, String commitment) {
        String method = operation.substring(0, operation.indexOf(' '));
        String path = operation.substring(operation.indexOf(' ') + 1)
                .replace("/api/operator/parked/{id}", "/api/operator/parked/no-such-sequence")
                .replace("/api/operator/rebuilds/{id}", "/api/operator/rebuilds/no-such-rebuild")
                .replace("{collection}", "no-such-projection")
                .replace("/api/calls/{id}", "/api/calls/" + callId).replace("{callId}", callId)
                .replace("{commitmentId}", commitment).replace("{id}", agreement);
        Map<String, Object> eur = Map.of("amount", "10.00", "currency", "EUR");
        Object body = switch (operation) {
            case "POST /api/agreements/{id}/mechanism" -> Map.of("mechanism", "VIRTUAL_COMMON_POT");
            case "POST /api/agreements/{id}/commitments" -> Map.of("side", "EU", "agency", "REA", "amount", eur);
            case "POST /api/agreements/{id}/commitments/{commitmentId}/top-ups",
                    "POST /api/agreements/{id}/commitments/{commitmentId}/withdrawals" -> Map.of("amount", eur);
            case "POST /api/operator/parked/{id}/eviction" -> Map.of("reason", "walk");
            default -> null;
        };
        return body == null ? RawHttp.Request.of(method, path) : RawHttp.Request.json(method, path, JSON.writeValueAsString(body));
    }
}

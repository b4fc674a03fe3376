package org.coopsuite.call.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.coopsuite.call.CallApi.EU_OFFICER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.coopsuite.call.CallApi;
import org.coopsuite.call.MovableTime;
import org.coopsuite.platform.test.MutableClock;
import org.coopsuite.platform.test.ServiceIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/** The listing of calls: filtered by state, side, strategic area and modality, one page at a time. */
@ServiceIntegrationTest
@Import(MovableTime.class)
class CallQueriesIT {

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;

    private CallApi api;

    @BeforeEach
    void setUp() {
        api = new CallApi(port);
    }

    @Test
    void listsCallsByStateAreaSideAndModalityOnePageAtATime() {
        String quantum = api.draft(body("COORDINATED", "QUANTUM_TECHNOLOGY"));
        String twinning = api.draft(body("TWINNING", "QUANTUM_TECHNOLOGY"));
        api.command(twinning, "submission", EU_OFFICER);

        assertThat(ids("strategicArea=QUANTUM_TECHNOLOGY&size=100")).contains(twinning, quantum);
        assertThat(ids("strategicArea=QUANTUM_TECHNOLOGY&state=AWAITING_FUNDING&size=100")).contains(twinning)
                .doesNotContain(quantum);
        assertThat(ids("modality=COORDINATED&side=JP&size=100")).contains(quantum).doesNotContain(twinning);
        assertThat(ids("side=KR&size=100")).isEmpty();
        assertThat(ids("strategicArea=QUANTUM_TECHNOLOGY&size=1&page=0")).hasSize(1)
                .doesNotContainAnyElementsOf(ids("strategicArea=QUANTUM_TECHNOLOGY&size=1&page=1"));
        assertThat(api.get("/api/calls?size=0").getStatusCode().value()).isEqualTo(400);
        assertThat(api.get("/api/calls?state=NOT_A_STATE").getStatusCode().value()).isEqualTo(400);
    }

    @Test
    void showsACallWithTheTimelineOfItsStateChanges() {
        String id = api.draft(body("JOINT", "SMART_CITIES"));
        api.command(id, "submission", EU_OFFICER);

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = (List<Map<String, Object>>) api.call(id).get("history");

        assertThat(history).extracting(h -> h.get("state")).containsExactly("DRAFT", "AWAITING_FUNDING");
        assertThat(history).allSatisfy(h -> assertThat(h.get("at")).isNotNull());
        assertThat(api.get("/api/calls/no-such-call").getStatusCode().value()).isEqualTo(404);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(String modality, String area) {
        Map<String, Object> body = new HashMap<>(CallApi.callBody(today().plusDays(1), today().plusDays(20)));
        Map<String, Object> content = new HashMap<>((Map<String, Object>) body.get("content"));
        content.put("strategicAreas", List.of(area));
        body.put("content", content);
        body.put("modality", modality);
        return body;
    }

    @SuppressWarnings("unchecked")
    private List<String> ids(String query) {
        var response = api.get("/api/calls?" + query);
        assertThat(response.getStatusCode().value()).as("%s", response.getBody()).isEqualTo(200);
        return ((List<Map<String, Object>>) response.getBody().get("items")).stream().map(c -> (String) c.get("id")).toList();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
